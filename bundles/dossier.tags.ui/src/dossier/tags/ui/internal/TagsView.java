package dossier.tags.ui.internal;

import java.io.IOException;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TagSpaces;
import dossier.casefile.Tagging;
import dossier.casefile.ui.Reader;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSpace;
import dossier.model.casefile.WorkspaceModel;

/**
 * The tag schemes as trees, each tag with its colour and counts (computed in a job), and below them the in-tray of
 * the selected tag: what carries it and is not done, "new" since the last look before this one. Items and clips
 * dropped on a tag are tagged with it; every change goes through the workspace's command stack.
 */
public final class TagsView extends ViewPart {

    public static final String ID = "dossier.tags.ui.tagsView";
    static final String NO_TAGS = "No tags yet. New Tag... (in this view's menu) makes one; tags given when clipping"
            + " or importing appear here too.";
    static final String NO_TAG_SELECTED = "Select a tag to see its in-tray: the items and clips carrying it that are"
            + " not done yet.";

    /** An in-tray row: the entry and what to show for it. */
    record Row(TagSpaces.Entry entry, String title) {
    }

    /** A tag's counts: everything carrying it, and how many open entries of its in-tray are new. */
    record Counts(int all, int fresh) {
    }

    private StackLayout treeStack;
    private Composite treePages;
    private Label noTags;
    /** The message the view was last laid out for; null while the tags show. */
    private String shownMessage;
    private TreeViewer tree;
    private Label trayHeader;
    private TableViewer tray;
    private final Map<String, Counts> counts = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Image> swatches = new HashMap<>();
    private WorkspaceSession session;
    private final Runnable refresher = this::refresh;
    private Tag shown;
    private Date previousLook;
    private List<Row> rows = List.of();
    private int trayNew;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        treePages = new Composite(sash, SWT.NONE);
        treeStack = new StackLayout();
        treePages.setLayout(treeStack);
        noTags = new Label(treePages, SWT.WRAP);
        noTags.setText("Opening the workspace...");
        tree = new TreeViewer(treePages, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new TagLabels());
        tree.addSelectionChangedListener(event -> selectionChanged());
        tree.addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT,
                new Transfer[] { LocalSelectionTransfer.getTransfer() }, new TagDropAdapter(tree, this::tagging));
        treeStack.topControl = noTags;

        Composite traySide = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).spacing(0, 4).applyTo(traySide);
        trayHeader = new Label(traySide, SWT.WRAP);
        trayHeader.setFont(JFaceResources.getBannerFont());
        trayHeader.setText(NO_TAG_SELECTED);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(trayHeader);
        tray = new TableViewer(traySide, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tray.getTable().setHeaderVisible(true);
        tray.getTable().setLinesVisible(true);
        tray.setContentProvider(ArrayContentProvider.getInstance());
        column("", 44, row -> row.entry().isNew() ? "new" : "");
        column("What", 50, row -> row.entry().kind() == TagSpaces.Kind.ITEM ? "item" : "clip");
        column("Title or passage", 320, row -> row.title());
        column("Tagged", 140, row -> DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT)
                .format(row.entry().tagged()));
        tray.addDoubleClickListener(event -> openSelected());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tray.getControl());
        sash.setWeights(1, 1);

        MenuManager menu = new MenuManager();
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        tray.getControl().setMenu(menu.createContextMenu(tray.getControl()));
        getSite().registerContextMenu(ID, menu, tree);
        getSite().setSelectionProvider(tree);

        session.addChangeListener(refresher);
        session.whenOpen(workspace -> refresh());
    }

    private void column(String title, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(tray, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    Tagging tagging() {
        ResearchWorkspace workspace = session.workspace();
        return workspace == null ? null : new Tagging(workspace);
    }

    /** The tag selected in the tree, or null. */
    Tag selectedTag() {
        return tree.getStructuredSelection().getFirstElement() instanceof Tag tag ? tag : null;
    }

    /** The scheme of the selection (the selected scheme, or the selected tag's), or null. */
    TagScheme selectedScheme() {
        Object selected = tree.getStructuredSelection().getFirstElement();
        return selected instanceof TagScheme scheme ? scheme : selected instanceof Tag tag ? Tagging.schemeOf(tag) : null;
    }

    /** The tag whose in-tray is shown, or null. */
    Tag shownTag() {
        return shown;
    }

    /** The in-tray entries selected in the table. */
    List<TagSpaces.Entry> selectedEntries() {
        List<TagSpaces.Entry> entries = new ArrayList<>();
        for (Object row : tray.getStructuredSelection().toList()) {
            entries.add(((Row) row).entry());
        }
        return entries;
    }

    /** Selects and reveals a tag. */
    void select(Tag tag) {
        tree.setSelection(new StructuredSelection(tag), true);
    }

    private void selectionChanged() {
        Tag tag = selectedTag();
        if (tag == null || tag == shown) {
            return;
        }
        Tagging tagging = tagging();
        TagSpace space = tagging.space(tag);
        shown = tag;
        previousLook = space == null ? null : space.getLastLooked();
        tagging.markLooked(tag);
        session.changed();
    }

    private void openSelected() {
        Object selected = tray.getStructuredSelection().getFirstElement();
        if (selected instanceof Row row) {
            String title;
            synchronized (titles) {
                title = titles.get(row.entry().itemId());
            }
            try {
                Reader.open(getSite().getPage(), row.entry().itemId(), title);
            } catch (PartInitException e) {
                ErrorDialog.openError(getSite().getShell(), "Cannot open the item", null, e.getStatus());
            }
        }
    }

    /** Re-reads the tag trees; counts and the in-tray are computed in a job from a snapshot of the model. */
    private void refresh() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        ResearchWorkspace workspace = session.workspace();
        if (workspace == null) {
            noTags.setText(session.notOpenMessage());
            show(noTags);
            return;
        }
        WorkspaceModel model = workspace.model();
        if (model.getTagSchemes().stream().allMatch(s -> s.getTags().isEmpty())) {
            noTags.setText(NO_TAGS);
            show(noTags);
        } else {
            show(tree.getControl());
        }
        if (tree.getInput() != model) {
            tree.setInput(model);
            tree.expandToLevel(2);
        } else {
            tree.refresh(true);
        }
        if (shown != null && Tagging.schemeOf(shown) == null) {
            shown = null;
        }
        computeInJob(workspace, TagSpaces.of(workspace), allTags(model), shown, previousLook);
    }

    /** Shows the page; lays the view out again only when the page changes (not on every refresh). */
    private void show(Control page) {
        String text = page == noTags ? noTags.getText() : null;
        if (treeStack.topControl != page || !Objects.equals(text, shownMessage)) {
            treeStack.topControl = page;
            shownMessage = text;
            treePages.layout();
        }
    }

    private static List<Tag> allTags(WorkspaceModel model) {
        List<Tag> tags = new ArrayList<>();
        model.getTagSchemes().forEach(s -> tags.addAll(Tags.all(s)));
        return tags;
    }

    private void computeInJob(ResearchWorkspace workspace, TagSpaces spaces, List<Tag> tags, Tag trayTag, Date since) {
        List<String> ids = tags.stream().map(Tag::getId).toList();
        String trayId = trayTag == null ? null : trayTag.getId();
        String trayPath = trayTag == null ? null : trayTag.getPath();
        Display display = tree.getControl().getDisplay();
        Job job = Job.create("Counting tags", monitor -> {
            Map<String, Counts> computed = new HashMap<>();
            for (String id : ids) {
                TagSpaces.InTray inTray = spaces.inTray(id);
                computed.put(id, new Counts(spaces.count(id), inTray.newCount()));
            }
            List<Row> trayRows = new ArrayList<>();
            int fresh = 0;
            int done = 0;
            if (trayId != null) {
                TagSpaces.InTray inTray = spaces.inTray(trayId, since);
                done = inTray.doneCount();
                fresh = inTray.newCount();
                for (TagSpaces.Entry entry : inTray.open()) {
                    String title = title(workspace, entry.itemId());
                    trayRows.add(new Row(entry, entry.kind() == TagSpaces.Kind.ITEM ? title
                            : "\u201c" + entry.quote() + "\u201d \u2014 " + title));
                }
            }
            int trayFresh = fresh;
            int trayDoneCount = done;
            display.asyncExec(() -> {
                if (tree.getControl().isDisposed()) {
                    return;
                }
                counts.clear();
                counts.putAll(computed);
                tree.refresh(true);
                if (trayId != null && shown != null && trayId.equals(shown.getId())) {
                    showTray(trayPath, trayRows, trayFresh, trayDoneCount);
                } else if (shown == null) {
                    showTray(null, List.of(), 0, 0);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private String title(ResearchWorkspace workspace, String itemId) {
        synchronized (titles) {
            String known = titles.get(itemId);
            if (known != null) {
                return known;
            }
        }
        String title;
        try {
            title = workspace.store().item(itemId).map(i -> i.title() == null || i.title().isBlank() ? itemId
                    : i.title()).orElse(itemId + " (missing)");
        } catch (IOException e) {
            title = itemId + " (unreadable: " + e.getMessage() + ")";
        }
        synchronized (titles) {
            titles.put(itemId, title);
        }
        return title;
    }

    private void showTray(String path, List<Row> newRows, int fresh, int done) {
        rows = newRows;
        trayNew = fresh;
        if (path == null) {
            trayHeader.setText(NO_TAG_SELECTED);
        } else if (newRows.isEmpty()) {
            trayHeader.setText(path + ": nothing open" + (done > 0 ? " (" + done + " done)" : "")
                    + ". Tag items or clips by dropping them on the tag, or with Edit > Tag Selection...");
        } else {
            trayHeader.setText(path + ": " + newRows.size() + " open, " + fresh + " new" + (done > 0 ? ", " + done
                    + " done" : ""));
        }
        tray.setInput(rows);
        trayHeader.getParent().layout();
    }

    /** The in-tray's rows as shown, and its counts: for tests and the Mark Done handler. */
    List<Row> rows() {
        return rows;
    }

    int trayNew() {
        return trayNew;
    }

    String trayHeaderForTests() {
        return trayHeader.getText();
    }

    Tree treeForTests() {
        return tree.getTree();
    }

    Table trayTableForTests() {
        return tray.getTable();
    }

    /** What the tree shows for a tag: its name and counts. */
    String label(Tag tag) {
        Counts c = counts.get(tag.getId());
        if (c == null) {
            return tag.getName();
        }
        return tag.getName() + "  (" + c.all() + (c.fresh() > 0 ? ", " + c.fresh() + " new" : "") + ")";
    }

    private Image swatch(String colour) {
        return swatches.computeIfAbsent(colour, hex -> {
            Display display = tree.getControl().getDisplay();
            Image image = new Image(display, 12, 12);
            GC gc = new GC(image);
            Color fill = new Color(display, new RGB(Integer.parseInt(hex.substring(1, 3), 16),
                    Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)));
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, 12, 12);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawRectangle(0, 0, 11, 11);
            gc.dispose();
            return image;
        });
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        swatches.values().forEach(Image::dispose);
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof WorkspaceModel model ? model.getTagSchemes().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof TagScheme scheme) {
                return scheme.getTags().toArray();
            }
            return parent instanceof Tag tag ? tag.getChildren().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Tag tag ? tag.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof TagScheme scheme ? !scheme.getTags().isEmpty()
                    : element instanceof Tag tag && !tag.getChildren().isEmpty();
        }
    }

    private final class TagLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof TagScheme scheme) {
                return scheme.getName();
            }
            return element instanceof Tag tag ? label(tag) : "";
        }

        @Override
        public Image getImage(Object element) {
            return element instanceof Tag tag && tag.getColour() != null ? swatch(tag.getColour()) : null;
        }
    }
}
