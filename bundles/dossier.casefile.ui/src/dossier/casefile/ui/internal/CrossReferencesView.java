package dossier.casefile.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.internal.LibraryView.ItemNode;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;

/**
 * The links and backlinks of the selected clip, item or case file, with their type and direction.
 * New Link... links the one shown to a clip, item or case file chosen in a dialog, and so does
 * dropping one here; Delete Link removes one. Every change is undoable.
 */
public final class CrossReferencesView extends ViewPart {

    public static final String ID = "dossier.casefile.ui.crossReferencesView";
    static final String NO_SUBJECT = "Select a clip, an item or a case file (in the Library or a case file editor)"
            + " to see its links and backlinks. Then drag another clip or item here to link the one shown to it.";

    /** One link as seen from the subject: outgoing (it links to the other end) or a backlink. */
    record Row(CrossReference link, boolean outgoing) {
        String otherId() {
            return outgoing ? link.getToId() : link.getFromId();
        }
    }

    private Object subject;
    private Object previousSubject;
    private Label heading;
    /** The heading the view was last laid out for: a refresh that keeps it lays nothing out. */
    private String shownHeading;
    private FilteredTable<Row> table;
    private ItemTitles titles;
    private WorkspaceSession session;
    private final Runnable refresher = this::refresh;
    private final ISelectionListener follower = this::follow;
    private Action deleteLink;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        heading = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 6).hint(200, SWT.DEFAULT).applyTo(heading);
        table = new FilteredTable<>(body, Row.class, "Filter links", null);
        table.viewer().getTable().setToolTipText("Double-click a link to open its other end");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        table.column("Direction", 18, 90, row -> row.outgoing() ? "\u2192 links to" : "\u2190 linked from", null);
        table.column("Type", 18, 80, this::typeName, null);
        table.column("Other end", 44, 140, row -> label(row.otherId()), null);
        table.column("Kept in", 20, 80, row -> row.link().eContainer() instanceof CaseFile c ? c.getTitle() : "", null);
        table.viewer().addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof Row row
                    && session.workspace() != null) {
                Opening.target(getSite().getPage(), session.workspace(), titles, row.otherId());
            }
        });
        getSite().setSelectionProvider(table.viewer());
        createActions();
        dropTarget(body);
        dropTarget(table.viewer().getControl());
        session.addChangeListener(refresher);
        session.whenOpen(workspace -> {
            titles = new ItemTitles(workspace, parent.getDisplay(), this::refreshLabels);
            getSite().getPage().addSelectionListener(follower);
            follow(null, getSite().getPage().getSelection());
        });
        refresh();
    }

    private void createActions() {
        Action newLink = new Action("New Link...") {
            @Override
            public void run() {
                ResearchWorkspace workspace = session.workspace();
                if (workspace != null) {
                    LinkDialog.open(getSite().getShell(), workspace, subject, null);
                }
            }
        };
        newLink.setToolTipText("Link the selection to a clip, item or case file");
        deleteLink = new Action("Delete Link") {
            @Override
            public void run() {
                ResearchWorkspace workspace = session.workspace();
                Object chosen = table.viewer().getStructuredSelection().getFirstElement();
                if (workspace != null && chosen instanceof Row row) {
                    workspace.deleteLink(row.link());
                }
            }
        };
        deleteLink.setEnabled(false);
        table.viewer().addSelectionChangedListener(event -> deleteLink.setEnabled(!event.getSelection().isEmpty()));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(newLink);
        toolbar.add(deleteLink);
        MenuManager menu = new MenuManager();
        menu.add(newLink);
        menu.add(deleteLink);
        TableViewer viewer = table.viewer();
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    /** A clip, item or case file dropped here is linked from the subject, with a type chosen in New Link. */
    private void dropTarget(Control control) {
        DropTarget target = new DropTarget(control, DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_COPY);
        target.setTransfer(LocalSelectionTransfer.getTransfer());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = subject == null ? DND.DROP_NONE : DND.DROP_LINK;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragEnter(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dropped) {
                    linkTo(dropped.getFirstElement());
                }
            }
        });
    }

    /**
     * Links what the view showed before the drag to {@code dropped}, asking for the type; false if nothing
     * was linked. Pressing the mouse on what is dragged selects it, and the view follows it: the link
     * starts at the subject shown before that.
     */
    boolean linkTo(Object dropped) {
        ResearchWorkspace workspace = session.workspace();
        String toId = LinkDialog.idOf(dropped);
        Object from = dropped.equals(subject) ? previousSubject : subject;
        if (workspace == null || from == null || toId == null) {
            return false;
        }
        return LinkDialog.open(getSite().getShell(), workspace, from, toId);
    }

    private void follow(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        if ((first instanceof Clip || first instanceof CaseFile || first instanceof ItemNode) && !first.equals(subject)) {
            previousSubject = subject;
            subject = first;
            refresh();
        }
    }

    /** The clip, item or case file whose links are shown, or null. */
    Object subject() {
        return subject;
    }

    private void refresh() {
        if (heading == null || heading.isDisposed()) {
            return;
        }
        ResearchWorkspace workspace = session.workspace();
        if (isGone(subject)) {
            subject = null;
        }
        if (isGone(previousSubject)) {
            previousSubject = null;
        }
        String id = LinkDialog.idOf(subject);
        if (workspace == null || id == null) {
            heading.setText(workspace == null ? "Opening the workspace..." : NO_SUBJECT);
            table.show(List.of());
        } else {
            List<Row> rows = new ArrayList<>();
            workspace.links(id).forEach(link -> rows.add(new Row(link, true)));
            workspace.backlinks(id).forEach(link -> rows.add(new Row(link, false)));
            heading.setText(label(id) + (rows.isEmpty() ? ": no links yet. New Link... (on the toolbar) or drop"
                    + " a clip or item here to link it." : ": " + rows.size() + (rows.size() == 1 ? " link" : " links")));
            table.show(rows);
        }
        if (!heading.getText().equals(shownHeading)) {
            shownHeading = heading.getText();
            heading.getParent().layout();
        }
    }

    private static boolean isGone(Object element) {
        return element instanceof Clip clip && clip.eContainer() == null
                || element instanceof CaseFile caseFile && caseFile.eResource() == null;
    }

    private void refreshLabels() {
        refresh();
        table.viewer().refresh(true);
    }

    private String label(String id) {
        return titles == null ? id : titles.label(id);
    }

    private String typeName(Row row) {
        if (row.link().getType() == null) {
            return "";
        }
        String inverse = row.link().getType().getInverseName();
        return row.outgoing() || inverse == null || inverse.isBlank() ? row.link().getType().getName() : inverse;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        getSite().getPage().removeSelectionListener(follower);
        super.dispose();
    }
}
