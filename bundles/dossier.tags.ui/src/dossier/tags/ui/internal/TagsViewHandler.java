package dossier.tags.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.CaseFileException;
import dossier.casefile.TagSpaces;
import dossier.casefile.Tagging;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;

/**
 * The Tags view's commands, each one undoable command on the workspace's stack: New Tag..., Rename Tag... (F2), Tag
 * Colour..., Delete Tag, and Mark Done (Ctrl+Shift+D) for the selected in-tray entries.
 */
public final class TagsViewHandler extends AbstractHandler implements IExecutableExtension {

    static final String DEFAULT_SCHEME = "Tags";
    private String action = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        action = String.valueOf(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof TagsView view) || view.tagging() == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        Tagging tagging = view.tagging();
        try {
            switch (action) {
            case "newTag" -> newTag(shell, view, tagging);
            case "renameTag" -> renameTag(shell, view, tagging);
            case "tagColour" -> tagColour(shell, view, tagging);
            case "deleteTag" -> deleteTag(shell, view, tagging);
            case "markDone" -> markDone(view, tagging);
            default -> throw new IllegalStateException("no Tags view command " + action);
            }
        } catch (CaseFileException e) {
            MessageDialog.openError(shell, "Tags", e.getMessage());
        }
        return null;
    }

    private static void newTag(Shell shell, TagsView view, Tagging tagging) throws CaseFileException {
        Tag parent = view.selectedTag();
        InputDialog dialog = new InputDialog(shell, "New Tag", parent == null
                ? "Name of the new tag (Parent/Child makes both):"
                : "Name of the new tag below " + parent.getPath() + ":", "", null);
        if (dialog.open() != Window.OK || dialog.getValue().isBlank()) {
            return;
        }
        TagScheme scheme = view.selectedScheme() != null ? view.selectedScheme()
                : tagging.schemeNamed(DEFAULT_SCHEME);
        String path = parent == null ? dialog.getValue().strip() : parent.getPath() + "/" + dialog.getValue().strip();
        view.select(tagging.addPath(scheme, path, null));
    }

    private static void renameTag(Shell shell, TagsView view, Tagging tagging) throws CaseFileException {
        Tag tag = view.selectedTag();
        if (tag == null) {
            return;
        }
        InputDialog dialog = new InputDialog(shell, "Rename Tag", "New name of " + tag.getPath() + ":", tag.getName(),
                null);
        if (dialog.open() == Window.OK) {
            tagging.renameTag(tag, dialog.getValue());
        }
    }

    private static void tagColour(Shell shell, TagsView view, Tagging tagging) throws CaseFileException {
        Tag tag = view.selectedTag();
        if (tag == null) {
            return;
        }
        ColorDialog dialog = new ColorDialog(shell);
        dialog.setText("Colour of " + tag.getPath());
        if (tag.getColour() != null) {
            dialog.setRGB(new RGB(Integer.parseInt(tag.getColour().substring(1, 3), 16),
                    Integer.parseInt(tag.getColour().substring(3, 5), 16),
                    Integer.parseInt(tag.getColour().substring(5, 7), 16)));
        }
        RGB rgb = dialog.open();
        if (rgb != null) {
            tagging.setColour(tag, String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue));
        }
    }

    private static void deleteTag(Shell shell, TagsView view, Tagging tagging) {
        Tag tag = view.selectedTag();
        if (tag == null) {
            return;
        }
        int below = Tags.selfAndDescendants(tag).size() - 1;
        if (MessageDialog.openConfirm(shell, "Delete Tag", "Delete " + tag.getPath()
                + (below > 0 ? " and the " + below + " tags below it" : "")
                + "? Items and clips lose the tag; Edit > Undo brings it back.")) {
            tagging.deleteTag(tag);
        }
    }

    private static void markDone(TagsView view, Tagging tagging) {
        Tag tag = view.shownTag();
        List<TagSpaces.Entry> entries = view.selectedEntries();
        if (tag != null && !entries.isEmpty()) {
            tagging.markDone(tag, entries.stream().map(TagSpaces.Entry::id).toList());
        }
    }
}
