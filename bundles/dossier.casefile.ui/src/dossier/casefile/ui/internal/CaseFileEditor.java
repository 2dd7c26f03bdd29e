package dossier.casefile.ui.internal;

import java.io.IOException;
import java.text.DateFormat;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.internal.LibraryView.ItemNode;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;

/**
 * A case file: its title, status and description, then its clips, notes, items and
 * cross-references, each page a sortable, filterable table. Notes are written in place (click the
 * Note cell); clips are reordered by drag and drop or Alt+Up/Down. Every change is one command on
 * the workspace's stack (Edit &gt; Undo), and the pages follow the model after every change.
 */
public final class CaseFileEditor extends MultiPageEditorPart {

    public static final String ID = "dossier.casefile.ui.caseFileEditor";
    static final String CLIPS_MENU_ID = ID + ".clips";
    static final String ITEMS_MENU_ID = ID + ".items";
    static final String[] STATUS_LABELS = { "Active", "On hold", "Closed" };
    static final int CLIPS_PAGE = 1;
    static final int NOTES_PAGE = 2;
    static final int ITEMS_PAGE = 3;
    static final int LINKS_PAGE = 4;

    private ResearchWorkspace workspace;
    private CaseFile caseFile;
    private ItemTitles titles;
    private WorkspaceSession session;
    private final Runnable refresher = this::refresh;
    /**
     * Set when the case file's item ids change; the items page shows them again when it is (or becomes) the page shown:
     * copying a million ids on every change, or while another page is shown, would be slow.
     */
    private boolean itemsChanged = true;
    private final Adapter itemsWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == CasefilePackage.Literals.CASE_FILE__ITEM_IDS) {
                itemsChanged = true;
            }
        }
    };
    private final PageSelection selection = new PageSelection();

    private Text title;
    private Label titleProblem;
    private Combo status;
    private Text description;
    private String shownTitle;
    private String shownDescription;
    private Label counts;
    private FilteredTable<Clip> clips;
    private FilteredTable<Note> notes;
    private FilteredTable<ItemNode> items;
    private FilteredTable<CrossReference> links;
    private Text newNote;
    /** The pages after the Overview, empty until first shown: each table is made then (opening stays quick). */
    private final Composite[] pageHolders = new Composite[LINKS_PAGE + 1];

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        session = site.getService(WorkspaceSession.class);
        if (!(input instanceof CaseFileEditorInput caseInput)) {
            throw new PartInitException("The case file editor opens case files, not " + input.getName());
        }
        workspace = session.workspace();
        caseFile = workspace == null ? null : workspace.caseFile(caseInput.caseFileId()).orElse(null);
        if (caseFile == null) {
            throw new PartInitException("The case file " + input.getName() + " is not in the workspace");
        }
        super.init(site, input);
        site.setSelectionProvider(selection);
        setPartName(caseFile.getTitle());
    }

    @Override
    protected void createPages() {
        titles = new ItemTitles(workspace, getContainer().getDisplay(), this::refreshLabels);
        setPageText(addPage(createOverview(getContainer())), "Overview");
        for (int page = CLIPS_PAGE; page <= LINKS_PAGE; page++) {
            pageHolders[page] = new Composite(getContainer(), SWT.NONE);
            pageHolders[page].setLayout(new FillLayout());
            addPage(pageHolders[page]);
        }
        caseFile.eAdapters().add(itemsWatcher);
        session.addChangeListener(refresher);
        refresh();
    }

    // ---- pages

    private Composite createOverview(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(10, 8).applyTo(page);
        new Label(page, SWT.NONE).setText("&Title:");
        title = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        new Label(page, SWT.NONE);
        titleProblem = new Label(page, SWT.WRAP);
        titleProblem.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(titleProblem);
        new Label(page, SWT.NONE).setText("&Status:");
        status = new Combo(page, SWT.READ_ONLY);
        status.setItems(STATUS_LABELS);
        new Label(page, SWT.NONE).setText("&Description:");
        description = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 120).applyTo(description);
        counts = new Label(page, SWT.WRAP);
        counts.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 12).applyTo(counts);
        Label hint = new Label(page, SWT.WRAP);
        hint.setText("Changes are kept as you make them; Edit > Undo takes them back. The tabs below list the case"
                + " file's clips, notes, items and cross-references.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
        title.addListener(SWT.DefaultSelection, event -> applyTitle());
        title.addListener(SWT.FocusOut, event -> applyTitle());
        status.addListener(SWT.Selection, event -> {
            CaseStatus chosen = CaseStatus.get(status.getSelectionIndex());
            if (chosen != null && chosen != caseFile.getStatus()) {
                workspace.setStatus(caseFile, chosen);
            }
        });
        description.addListener(SWT.FocusOut, event -> applyDescription());
        return page;
    }

    private void applyTitle() {
        String wanted = title.getText().strip();
        if (wanted.equals(caseFile.getTitle())) {
            titleProblem.setText("");
            return;
        }
        try {
            workspace.renameCaseFile(caseFile, wanted);
            titleProblem.setText("");
        } catch (IllegalArgumentException e) {
            titleProblem.setText("Not renamed: " + e.getMessage() + ".");
        }
        titleProblem.getParent().layout();
    }

    private void applyDescription() {
        String wanted = description.getText().strip();
        if (!wanted.equals(Objects.toString(caseFile.getDescription(), ""))) {
            workspace.describeCaseFile(caseFile, wanted);
        }
    }

    private void createClips(Composite parent) {
        clips = new FilteredTable<>(parent, Clip.class, "Filter clips by passage, item, tags, note or state",
                "Double-click a clip to read it in the reader. Click its Note to write one. Drag a clip to reorder"
                        + " (or Alt+Up / Alt+Down); Ctrl+Shift+drag it onto another clip, or onto the Cross-references"
                        + " view, to link them.");
        clips.column("#", 4, 36, clip -> String.valueOf(caseFile.getClips().indexOf(clip) + 1),
                Comparator.comparingInt(clip -> caseFile.getClips().indexOf(clip)));
        clips.column("Passage", 36, 140, ItemTitles::quote, null);
        clips.column("Item", 20, 90, clip -> titles.title(clip.getItemId()), null);
        clips.column("Tags", 14, 70, clip -> tags(clip.getId()), null);
        TableViewerColumn note = clips.column("Note", 20, 90, clip -> noteText(clip.getId()), null);
        clips.column("Anchor", 8, 70, clip -> clip.getState().getLiteral().toLowerCase(Locale.ROOT), null);
        editable(clips.viewer(), note, row -> noteText(((Clip) row).getId()),
                (row, text) -> writeNote(((Clip) row).getId(), text));
        clips.viewer().addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof Clip clip) {
                Opening.clip(getSite().getPage(), clip, titles.known(clip.getItemId()));
            }
        });
        dragSource(clips.viewer());
        clips.viewer().addDropSupport(DND.DROP_MOVE | DND.DROP_LINK, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new ClipDrop(clips.viewer()));
        contextMenu(clips.viewer(), CLIPS_MENU_ID, menu -> {
            Clip clip = selected(clips.viewer(), Clip.class);
            if (clip != null) {
                menu.add(action("&Open in Reader", () -> Opening.clip(getSite().getPage(), clip,
                        titles.known(clip.getItemId()))));
                menu.add(action("&Write Note", () -> clips.viewer().editElement(clip, 4)));
            }
        });
    }

    private void createNotes(Composite parent) {
        notes = new FilteredTable<>(parent, Note.class, "Filter notes",
                "Click a note to edit it; emptying it deletes it. Notes on clips and items are written on the Clips"
                        + " and Items pages.");
        TableViewerColumn text = notes.column("Note", 50, 140, Note::getText, null);
        notes.column("About", 30, 100, this::about, null);
        notes.column("Modified", 20, 110, n -> n.getModified() == null ? ""
                : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(n.getModified()),
                Comparator.comparing(Note::getModified, Comparator.nullsFirst(Comparator.naturalOrder())));
        editable(notes.viewer(), text, row -> ((Note) row).getText(), (row, value) -> {
            Note note = (Note) row;
            if (!value.strip().equals(note.getText())) {
                workspace.editNote(note, value);
            }
        });
        Composite adding = new Composite(notes.control(), SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(adding);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(adding);
        newNote = new Text(adding, SWT.BORDER | SWT.SINGLE);
        newNote.setMessage("Write a note on this case file and press Enter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(newNote);
        Button add = new Button(adding, SWT.PUSH);
        add.setText("&Add Note");
        newNote.addListener(SWT.DefaultSelection, event -> addCaseFileNote());
        add.addListener(SWT.Selection, event -> addCaseFileNote());
        contextMenu(notes.viewer(), null, menu -> {
            Note note = selected(notes.viewer(), Note.class);
            if (note != null) {
                menu.add(action("&Delete Note", () -> workspace.deleteNote(note)));
            }
        });
    }

    private void addCaseFileNote() {
        if (newNote.getText().isBlank()) {
            return;
        }
        try {
            workspace.addNote(caseFile.getId(), newNote.getText(), caseFile);
            newNote.setText("");
        } catch (CaseFileException | IOException e) {
            MessageDialog.openError(getSite().getShell(), "Add Note", e.getMessage());
        }
    }

    private void createItems(Composite parent) {
        items = new FilteredTable<>(parent, ItemNode.class, "Filter items by title, tags or note",
                "Double-click an item to read it. Click its Note to write one. Drag an item onto the"
                        + " Cross-references view or Ctrl+Shift+drag it onto a clip to link them.");
        items.column("Title", 45, 140, item -> titles.title(item.itemId()), null);
        items.column("Tags", 18, 70, item -> tags(item.itemId()), null);
        TableViewerColumn note = items.column("Note", 27, 90, item -> noteText(item.itemId()), null);
        items.column("Clips", 10, 50, item -> String.valueOf(clipCount(item.itemId())),
                Comparator.comparingLong(item -> clipCount(item.itemId())));
        editable(items.viewer(), note, row -> noteText(((ItemNode) row).itemId()),
                (row, text) -> writeNote(((ItemNode) row).itemId(), text));
        items.viewer().addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection chosen
                    && chosen.getFirstElement() instanceof ItemNode item) {
                Opening.item(getSite().getPage(), item.itemId(), titles.known(item.itemId()));
            }
        });
        dragSource(items.viewer());
        contextMenu(items.viewer(), ITEMS_MENU_ID, menu -> {
            ItemNode item = selected(items.viewer(), ItemNode.class);
            if (item != null) {
                menu.add(action("&Open in Reader", () -> Opening.item(getSite().getPage(), item.itemId(),
                        titles.known(item.itemId()))));
                menu.add(action("&Write Note", () -> items.viewer().editElement(item, 2)));
            }
        });
    }

    private void createLinks(Composite parent) {
        links = new FilteredTable<>(parent, CrossReference.class, "Filter cross-references",
                "Links kept in this case file. Double-click one to open what it points at. The Cross-references"
                        + " view shows the links and backlinks of whatever is selected.");
        links.column("From", 38, 120, link -> titles.label(link.getFromId()), null);
        links.column("Type", 16, 80, link -> link.getType() == null ? "" : link.getType().getName(), null);
        links.column("To", 38, 120, link -> titles.label(link.getToId()), null);
        links.column("Note", 8, 60, link -> Objects.toString(link.getNote(), ""), null);
        links.viewer().addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection chosen
                    && chosen.getFirstElement() instanceof CrossReference link) {
                Opening.target(getSite().getPage(), workspace, titles, link.getToId());
            }
        });
        contextMenu(links.viewer(), null, menu -> {
            CrossReference link = selected(links.viewer(), CrossReference.class);
            if (link != null) {
                menu.add(action("&Delete Link", () -> workspace.deleteLink(link)));
            }
        });
    }

    /** Adapts to its case file, so that commands of other bundles (e.g. Export Case File...) act on it. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == CaseFile.class && caseFile != null) {
            return adapter.cast(caseFile);
        }
        return super.getAdapter(adapter);
    }

    // ---- shared parts of the pages

    private void contextMenu(TableViewer viewer, String id, Consumer<IMenuManager> fill) {
        MenuManager menu = new MenuManager(null, id);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            fill.accept(manager);
            manager.add(new Separator("additions"));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        if (id != null) {
            getSite().registerContextMenu(id, menu, selection);
        }
        viewer.addSelectionChangedListener(event -> {
            if (viewer == pageViewer(getActivePage())) {
                selection.changed(viewer);
            }
        });
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static <T> T selected(StructuredViewer viewer, Class<T> type) {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return type.isInstance(first) ? type.cast(first) : null;
    }

    /** Lets {@code column} be edited in place: a click on the cell (or Write Note) opens a text field. */
    private static void editable(TableViewer viewer, TableViewerColumn column, Function<Object, String> value,
            BiConsumer<Object, String> write) {
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return value.apply(element);
            }

            @Override
            protected void setValue(Object element, Object text) {
                write.accept(element, String.valueOf(text));
            }
        });
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    private void dragSource(TableViewer viewer) {
        viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_LINK, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
                        event.doit = !viewer.getStructuredSelection().isEmpty();
                    }

                    @Override
                    public void dragFinished(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
    }

    private String tags(String targetId) {
        return String.join(", ", workspace.tagsOf(targetId));
    }

    /** The first note on {@code targetId} kept in this case file, or "". */
    private String noteText(String targetId) {
        Note note = noteOn(targetId);
        return note == null ? "" : note.getText();
    }

    private Note noteOn(String targetId) {
        return caseFile.getNotes().stream().filter(n -> targetId.equals(n.getTargetId())).findFirst().orElse(null);
    }

    /** Writes the note on a clip or item: adds it, changes it, or deletes it when emptied. */
    private void writeNote(String targetId, String text) {
        Note note = noteOn(targetId);
        try {
            if (note == null && !text.isBlank()) {
                workspace.addNote(targetId, text, caseFile);
            } else if (note != null && !text.strip().equals(note.getText())) {
                workspace.editNote(note, text);
            }
        } catch (CaseFileException | IOException e) {
            MessageDialog.openError(getSite().getShell(), "Write Note", e.getMessage());
        }
    }

    private String about(Note note) {
        return caseFile.getId().equals(note.getTargetId()) ? "this case file" : titles.label(note.getTargetId());
    }

    private long clipCount(String itemId) {
        return caseFile.getClips().stream().filter(c -> c.getItemId().equals(itemId)).count();
    }

    // ---- following the model

    private void refresh() {
        if (title == null || title.isDisposed()) {
            return;
        }
        if (caseFile.eResource() == null) {
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        setPartName(caseFile.getTitle());
        shownTitle = follow(title, shownTitle, caseFile.getTitle());
        status.select(caseFile.getStatus().getValue());
        shownDescription = follow(description, shownDescription, Objects.toString(caseFile.getDescription(), ""));
        counts.setText(count(caseFile.getItemIds().size(), "item") + ", " + count(caseFile.getClips().size(), "clip")
                + ", " + count(caseFile.getNotes().size(), "note") + ", "
                + count(caseFile.getCrossReferences().size(), "cross-reference"));
        showRows(CLIPS_PAGE);
        showRows(NOTES_PAGE);
        if (getActivePage() == ITEMS_PAGE) {
            showItemsIfChanged();
        }
        showRows(LINKS_PAGE);
        setPageText(CLIPS_PAGE, String.format(Locale.ROOT, "Clips (%,d)", caseFile.getClips().size()));
        setPageText(NOTES_PAGE, String.format(Locale.ROOT, "Notes (%,d)", caseFile.getNotes().size()));
        setPageText(ITEMS_PAGE, String.format(Locale.ROOT, "Items (%,d)", caseFile.getItemIds().size()));
        setPageText(LINKS_PAGE, String.format(Locale.ROOT, "Cross-references (%,d)", caseFile.getCrossReferences().size()));
    }

    /**
     * Makes the page's table if it is not made yet (a page is made when first shown, or asked for), showing its rows;
     * returns it.
     */
    private FilteredTable<?> page(int page) {
        FilteredTable<?> made = table(page);
        if (made != null) {
            return made;
        }
        Composite holder = pageHolders[page];
        switch (page) {
        case CLIPS_PAGE -> createClips(holder);
        case NOTES_PAGE -> createNotes(holder);
        case ITEMS_PAGE -> createItems(holder);
        default -> createLinks(holder);
        }
        holder.layout(true, true);
        if (page == ITEMS_PAGE) {
            itemsChanged = true;
            showItemsIfChanged();
        } else {
            showRows(page);
        }
        return table(page);
    }

    /** The page's table, or null while the page was never shown. */
    private FilteredTable<?> table(int page) {
        return switch (page) {
        case CLIPS_PAGE -> clips;
        case NOTES_PAGE -> notes;
        case ITEMS_PAGE -> items;
        case LINKS_PAGE -> links;
        default -> null;
        };
    }

    /** Shows the model's clips, notes or cross-references in their page's table, if it is made. */
    private void showRows(int page) {
        switch (page) {
        case CLIPS_PAGE -> {
            if (clips != null) {
                clips.show(List.copyOf(caseFile.getClips()));
            }
        }
        case NOTES_PAGE -> {
            if (notes != null) {
                notes.show(List.copyOf(caseFile.getNotes()));
            }
        }
        case LINKS_PAGE -> {
            if (links != null) {
                links.show(List.copyOf(caseFile.getCrossReferences()));
            }
        }
        default -> throw new IllegalArgumentException("no rows page " + page);
        }
    }

    /** Shows the items page's rows again: all of them if the case file's items changed, else only their labels. */
    private void showItemsIfChanged() {
        if (items == null) {
            return;
        }
        if (itemsChanged) {
            itemsChanged = false;
            showItems();
        } else {
            items.viewer().refresh();
        }
    }

    /** Shows the case file's items; a snapshot of their ids, made into rows only as the table asks for them. */
    private void showItems() {
        List<String> itemIds = List.copyOf(caseFile.getItemIds());
        items.show(new AbstractList<ItemNode>() {
            @Override
            public ItemNode get(int index) {
                return new ItemNode(caseFile, itemIds.get(index));
            }

            @Override
            public int size() {
                return itemIds.size();
            }
        });
    }

    /**
     * Shows the model's {@code value} in a field, unless the user is editing it (it has the focus and
     * differs from what was {@code shown} last); returns what the field now stands for.
     */
    private static String follow(Text field, String shown, String value) {
        if (!field.isFocusControl() || field.getText().strip().equals(shown)) {
            field.setText(value);
        }
        return value;
    }

    private void refreshLabels() {
        for (FilteredTable<?> table : Arrays.asList(clips, notes, items, links)) {
            if (table != null && !table.viewer().getControl().isDisposed()) {
                table.viewer().refresh(true);
            }
        }
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Moves the selected clip {@code delta} places in the case file's order (one undoable command). */
    void moveSelectedClip(int delta) {
        Clip clip = clips == null ? null : selected(clips.viewer(), Clip.class);
        if (clip != null && clip.eContainer() == caseFile) {
            workspace.moveClip(clip, caseFile.getClips().indexOf(clip) + delta);
            clips.viewer().setSelection(new StructuredSelection(clip), true);
        }
    }

    CaseFile caseFile() {
        return caseFile;
    }

    FilteredTable<Clip> clipsTable() {
        page(CLIPS_PAGE);
        return clips;
    }

    FilteredTable<Note> notesTable() {
        page(NOTES_PAGE);
        return notes;
    }

    FilteredTable<ItemNode> itemsTable() {
        page(ITEMS_PAGE);
        return items;
    }

    Text titleField() {
        return title;
    }

    Text newNoteField() {
        return newNote;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (newPageIndex != 0 && table(newPageIndex) == null) {
            page(newPageIndex);
        } else if (newPageIndex == ITEMS_PAGE) {
            showItemsIfChanged();
        }
        super.pageChange(newPageIndex);
        selection.changed(pageViewer(newPageIndex));
    }

    private TableViewer pageViewer(int page) {
        FilteredTable<?> table = table(page);
        return table == null ? null : table.viewer();
    }

    /** Drops on a clip: a drag (move) reorders; a link-drag (Ctrl+Shift) links the dropped clip or item to it. */
    private final class ClipDrop extends ViewerDropAdapter {

        ClipDrop(TableViewer viewer) {
            super(viewer);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData type) {
            return target instanceof Clip && LocalSelectionTransfer.getTransfer().isSupportedType(type);
        }

        @Override
        public boolean performDrop(Object data) {
            if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dropped)
                    || !(getCurrentTarget() instanceof Clip target)) {
                return false;
            }
            Object dragged = dropped.getFirstElement();
            if (getCurrentOperation() == DND.DROP_LINK) {
                return LinkDialog.open(getSite().getShell(), workspace, dragged, target.getId());
            }
            if (dragged instanceof Clip clip && clip != target && clip.eContainer() == caseFile && clips.inModelOrder()) {
                int from = caseFile.getClips().indexOf(clip);
                int index = caseFile.getClips().indexOf(target) + (getCurrentLocation() == LOCATION_AFTER ? 1 : 0);
                workspace.moveClip(clip, from < index ? index - 1 : index);
                return true;
            }
            return false;
        }
    }

    /** The editor's selection: that of the page shown, or the case file itself on the Overview. */
    private final class PageSelection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private StructuredViewer current;

        void changed(StructuredViewer viewer) {
            current = viewer;
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(event);
            }
        }

        @Override
        public ISelection getSelection() {
            if (current != null && !current.getSelection().isEmpty()) {
                return current.getSelection();
            }
            return caseFile == null ? StructuredSelection.EMPTY : new StructuredSelection(caseFile);
        }

        @Override
        public void setSelection(ISelection chosen) {
            if (current != null) {
                current.setSelection(chosen);
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        if (caseFile != null) {
            caseFile.eAdapters().remove(itemsWatcher);
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // the workspace saves itself after every change
    }

    @Override
    public void doSaveAs() {
        // nothing to save as
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
