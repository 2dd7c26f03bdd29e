package dossier.tags.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.Target;
import dossier.casefile.ui.SelectedTargets;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;

/** Edit &gt; Tag Selection... (Ctrl+Shift+T): tags the selected items or clips with a tag chosen by typing its path. */
public final class TagSelectionHandler extends AbstractHandler {

    static final String TITLE = "Tag Selection";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<String> ids = SelectedTargets.of(HandlerUtil.getCurrentSelection(event)).stream().map(Target::id).toList();
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        if (ids.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, "Select items in the Library or clips in the Annotations view"
                    + " first, then tag them.");
            return null;
        }
        List<Tag> tags = new ArrayList<>();
        for (TagScheme scheme : workspace.model().getTagSchemes()) {
            tags.addAll(Tags.all(scheme));
        }
        if (tags.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, "There are no tags yet: make one with New Tag... in the Tags"
                    + " view.");
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Tag) element).getPath();
            }
        });
        dialog.setTitle(TITLE);
        dialog.setMessage("Tag " + (ids.size() == 1 ? "the selection" : ids.size() + " items and clips")
                + " with (type to filter):");
        dialog.setElements(tags.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Tag tag) {
            try {
                new Tagging(workspace).tag(tag, ids);
            } catch (CaseFileException e) {
                MessageDialog.openError(shell, TITLE, e.getMessage());
            }
        }
        return null;
    }
}
