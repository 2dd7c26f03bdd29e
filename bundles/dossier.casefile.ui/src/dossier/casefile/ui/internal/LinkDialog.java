package dossier.casefile.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.casefile.ui.internal.LibraryView.ItemNode;
import dossier.model.LinkTypes;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.LinkType;

/**
 * New Link: a typed cross-reference from a clip, item or case file to another, kept in the case file
 * of its start. The target is given (dropped) or chosen from a filtered list; the type is a built-in
 * or a new name of the user's own.
 */
final class LinkDialog extends Dialog {

    static final String TITLE = "New Link";

    /** A clip, item or case file the link can point at. */
    record Candidate(String id, String kind, String label) {
    }

    private final ResearchWorkspace workspace;
    private final String fromId;
    private final CaseFile keeper;
    private final List<Candidate> candidates = new ArrayList<>();
    private final String toId;
    private Combo type;
    private Text filter;
    private Table targets;

    private ItemTitles titles;
    private Label fromLabel;
    private Label toLabel;

    private LinkDialog(Shell shell, ResearchWorkspace workspace, String fromId, CaseFile keeper, String toId) {
        super(shell);
        this.workspace = workspace;
        this.fromId = fromId;
        this.keeper = keeper;
        this.toId = toId;
    }

    /** Asks for the link's type (and target, when {@code toId} is null), then links; false if cancelled. */
    static boolean open(Shell shell, ResearchWorkspace workspace, Object from, String toId) {
        String fromId = idOf(from);
        if (fromId == null) {
            MessageDialog.openInformation(shell, TITLE, "Select a clip, an item or a case file to link from.");
            return false;
        }
        if (fromId.equals(toId)) {
            return false;
        }
        return new LinkDialog(shell, workspace, fromId, keeperOf(from), toId).open() == OK;
    }

    /** The id of a clip, item or case file as views show them, or null. */
    static String idOf(Object element) {
        if (element instanceof Clip clip) {
            return clip.getId();
        }
        if (element instanceof CaseFile caseFile) {
            return caseFile.getId();
        }
        if (element instanceof ItemNode item) {
            return item.itemId();
        }
        return null;
    }

    /** The case file that keeps links from {@code element}. */
    static CaseFile keeperOf(Object element) {
        if (element instanceof Clip clip) {
            return (CaseFile) clip.eContainer();
        }
        if (element instanceof ItemNode item) {
            return item.caseFile();
        }
        return element instanceof CaseFile caseFile ? caseFile : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        titles = new ItemTitles(workspace, parent.getDisplay(), this::titlesArrived);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("From:");
        fromLabel = new Label(area, SWT.WRAP);
        fromLabel.setText(titles.label(fromId));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(fromLabel);
        new Label(area, SWT.NONE).setText("Type:");
        type = new Combo(area, SWT.DROP_DOWN);
        for (LinkType linkType : workspace.linkTypes()) {
            type.add(linkType.getName());
        }
        type.setText(LinkTypes.find(workspace.model(), LinkTypes.SUPPORTS) == null ? "" : "supports");
        type.setToolTipText("A built-in type, or type a name of your own to make a new one");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(type);
        new Label(area, SWT.NONE).setText("To:");
        if (toId != null) {
            toLabel = new Label(area, SWT.WRAP);
            toLabel.setText(titles.label(toId));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(toLabel);
        } else {
            filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
            filter.setMessage("Filter clips, items and case files");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
            new Label(area, SWT.NONE);
            targets = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).hint(420, 220).applyTo(targets);
            collectCandidates();
            showCandidates();
            filter.addModifyListener(event -> showCandidates());
            targets.addListener(SWT.Selection, event -> updateButton());
            targets.addListener(SWT.DefaultSelection, event -> {
                if (getButton(OK).isEnabled()) {
                    okPressed();
                }
            });
        }
        type.addModifyListener(event -> updateButton());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, "&Link", true);
        createButton(parent, CANCEL, IDialogConstants.CANCEL_LABEL, false);
        updateButton();
    }

    private void titlesArrived() {
        if (fromLabel.isDisposed()) {
            return;
        }
        fromLabel.setText(titles.label(fromId));
        if (toLabel != null) {
            toLabel.setText(titles.label(toId));
            updateButton();
        } else {
            showCandidates();
        }
    }

    private void collectCandidates() {
        Set<String> itemIds = new LinkedHashSet<>();
        for (CaseFile caseFile : workspace.caseFiles()) {
            candidates.add(new Candidate(caseFile.getId(), "Case file", caseFile.getTitle()));
            for (Clip clip : caseFile.getClips()) {
                candidates.add(new Candidate(clip.getId(), "Clip", ItemTitles.quote(clip)));
            }
            itemIds.addAll(caseFile.getItemIds());
        }
        for (String itemId : itemIds) {
            candidates.add(new Candidate(itemId, "Item", titles.title(itemId)));
        }
        candidates.removeIf(candidate -> candidate.id().equals(fromId));
    }

    /** Lists the candidates that match the filter, keeping the one selected. */
    private void showCandidates() {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        Candidate chosen = chosen();
        targets.removeAll();
        for (Candidate candidate : candidates) {
            String label = candidate.kind().equals("Item") ? titles.title(candidate.id()) : candidate.label();
            if (wanted.isEmpty() || label.toLowerCase(Locale.ROOT).contains(wanted)) {
                TableItem row = new TableItem(targets, SWT.NONE);
                row.setText(candidate.kind() + ": " + label);
                row.setData(candidate);
                if (candidate.equals(chosen)) {
                    targets.setSelection(row);
                }
            }
        }
        updateButton();
    }

    private Candidate chosen() {
        return targets.getSelectionCount() == 1 ? (Candidate) targets.getSelection()[0].getData() : null;
    }

    private void updateButton() {
        if (getButton(OK) == null) {
            return;
        }
        String target = target();
        getButton(OK).setEnabled(target != null && titles.resolved(fromId) && titles.resolved(target)
                && !type.getText().isBlank());
    }

    /** The id the link points at: given, or chosen in the list; null if none is chosen. */
    private String target() {
        return toId != null ? toId : chosen() == null ? null : chosen().id();
    }

    private Target resolved(String id) throws CaseFileException {
        return titles.target(id).orElseThrow(() -> new CaseFileException("nothing has the id " + id));
    }

    /** Links the ends read beforehand (items by {@link ItemTitles}' job): nothing is read from the store here. */
    @Override
    protected void okPressed() {
        String target = target();
        if (target == null || !titles.resolved(fromId) || !titles.resolved(target)) {
            return;
        }
        try {
            workspace.link(resolved(fromId), resolved(target), type.getText().strip(), keeper);
        } catch (CaseFileException | RuntimeException e) {
            MessageDialog.openError(getShell(), TITLE, "The link was not made: " + e.getMessage());
            return;
        }
        super.okPressed();
    }
}
