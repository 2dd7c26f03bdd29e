package dossier.casefile.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.library.LibraryGroup;
import dossier.casefile.ui.library.LibraryGroups;
import dossier.core.extensions.Contributions;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage;

/**
 * The workspace's case files and their items. While the workspace is empty it tells a newcomer
 * where to start. A case file of more than {@value #PARTITION} items shows them in ranges of that many (as the
 * debugger shows a large array), so a million items never make a million tree nodes. Item titles come from the store
 * in a job, only for the items shown, never on the UI thread. Double-click
 * (or Enter) opens a case file in its editor and an item in the reader; both can be dragged (to
 * link them in the Cross-references view).
 */
public final class LibraryView extends ViewPart {

    public static final String ID = "dossier.ui.libraryView";
    static final int PARTITION = 1_000;
    /** How long the Library waits after a group changed before reading it, so that a burst of changes is one reading. */
    private static final long GROUP_READING_DELAY_MS = 150;
    static final String EMPTY_TITLE = "Your library is empty";
    static final String EMPTY_TEXT = "Dossier keeps research case files: the articles and social-media mentions you"
            + " collect, the passages you clip, your tags, notes and cross-references.\n\n"
            + "First step: File > Import Files... brings in articles saved as text, Markdown or HTML. Feeds, web pages"
            + " and Mastodon come in as sources: New Source... in the Sources view. The Dossier browser extension"
            + " captures the page you are reading, and 'dossier' commands typed in a terminal (dossier --help lists"
            + " them) are carried out by this running Dossier.";

    /** An item of a case file, as the tree shows it; it adapts to its {@link Target} (for tagging, dragging). */
    record ItemNode(CaseFile caseFile, String itemId) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == Target.class ? adapter.cast(new Target(Target.Kind.ITEM, itemId, null)) : null;
        }
    }

    /** A contributed group shown below the case files (sources, saved searches), and one of its entries. */
    record GroupNode(LibraryGroups.Descriptor descriptor) {
    }

    record EntryNode(GroupNode group, LibraryGroup.Entry entry) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == LibraryGroup.Selected.class
                    ? adapter.cast(new LibraryGroup.Selected(group.descriptor().id(), entry)) : null;
        }
    }

    /** Items {@code from} (inclusive) to {@code to} (exclusive) of a large case file, in its order. */
    record ItemRange(CaseFile caseFile, int from, int to) {
    }

    private Composite pages;
    private StackLayout stack;
    private Label opening;
    /** The message the view was last laid out for; null while another page shows. */
    private String shownMessage;
    private Composite emptyState;
    private TreeViewer tree;
    private ItemTitles titles;
    /** The entries of each group by its id, as last read (entry nodes, or a message saying why there are none). */
    private final Map<String, List<Object>> groupEntries = new ConcurrentHashMap<>();
    /** The groups whose entries may have changed since they were read; the job reads them again. */
    private final Set<String> staleGroups = ConcurrentHashMap.newKeySet();
    /** How many times each group's entries were read. */
    private final Map<String, Integer> groupReads = new ConcurrentHashMap<>();
    private final List<Runnable> groupWatches = new ArrayList<>();
    private final AtomicBoolean readingScheduled = new AtomicBoolean();
    private Display display;
    private Job readingGroups;
    private WorkspaceSession session;
    private final Runnable refresher = this::refresh;
    /** The case files shown, and those whose items changed since the tree showed them (told by {@link #itemsWatch}). */
    private List<CaseFile> shownCaseFiles = List.of();
    private final Set<CaseFile> itemsChanged = ConcurrentHashMap.newKeySet();
    private final Adapter itemsWatch = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == CasefilePackage.Literals.CASE_FILE__ITEM_IDS
                    && notification.getNotifier() instanceof CaseFile caseFile) {
                itemsChanged.add(caseFile);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        opening = new Label(pages, SWT.WRAP);
        opening.setText("Opening the workspace...");
        emptyState = createEmptyState(pages);
        tree = new TreeViewer(pages, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new Labels());
        tree.setUseHashlookup(true);
        tree.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(tree);
        Drags.ofSelection(tree);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(menu, tree);
        show(opening);
        session.addChangeListener(refresher);
        session.whenOpen(workspace -> {
            titles = new ItemTitles(workspace, parent.getDisplay(), () -> {
                if (!tree.getControl().isDisposed()) {
                    tree.refresh(true);
                }
            });
            watchGroups(workspace);
            refresh();
        });
    }

    private static Composite createEmptyState(Composite parent) {
        Composite empty = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 12).applyTo(empty);
        Label title = new Label(empty, SWT.WRAP);
        title.setText(EMPTY_TITLE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        Label text = new Label(empty, SWT.WRAP);
        text.setText(EMPTY_TEXT);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        return empty;
    }

    /** Shows the page; lays the view out again only when the page changes (not on every refresh). */
    private void show(Control page) {
        String text = page == opening ? opening.getText() : null;
        if (stack.topControl != page || !Objects.equals(text, shownMessage)) {
            stack.topControl = page;
            shownMessage = text;
            pages.layout();
        }
    }

    private void refresh() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        ResearchWorkspace workspace = session.workspace();
        if (workspace == null) {
            opening.setText(session.notOpenMessage());
            show(opening);
            return;
        }
        List<CaseFile> caseFiles = workspace.caseFiles();
        if (caseFiles.isEmpty()) {
            show(emptyState);
            return;
        }
        if (tree.getInput() != workspace) {
            watchItems(caseFiles);
            tree.setInput(workspace);
        } else if (!caseFiles.equals(shownCaseFiles)) {
            watchItems(caseFiles);
            tree.refresh(false);
        } else {
            // only the case files whose items changed: not every expanded range of a large one on each change
            for (CaseFile changed : List.copyOf(itemsChanged)) {
                itemsChanged.remove(changed);
                tree.refresh(changed, false);
            }
            tree.update(caseFiles.toArray(), null);
        }
        show(tree.getControl());
    }

    /** Watches the items of these case files, the ones shown from now on, and no longer those shown before. */
    private void watchItems(List<CaseFile> caseFiles) {
        shownCaseFiles.forEach(caseFile -> caseFile.eAdapters().remove(itemsWatch));
        shownCaseFiles = List.copyOf(caseFiles);
        itemsChanged.clear();
        shownCaseFiles.forEach(caseFile -> caseFile.eAdapters().add(itemsWatch));
    }

    /**
     * Reads every group's entries, and again each time its group says they may have changed (a source fetched, a
     * saved search edited, the index updated), in a job: a burst of such changes is one reading.
     */
    private void watchGroups(ResearchWorkspace workspace) {
        display = tree.getControl().getDisplay();
        readingGroups = Job.create("Reading the Library's groups",
                (IJobFunction) monitor -> readStaleGroups(workspace, monitor));
        readingGroups.setSystem(true);
        for (LibraryGroups.Descriptor descriptor : LibraryGroups.all()) {
            try {
                groupWatches.add(descriptor.group().watch(workspace, () -> groupChanged(descriptor.id())));
            } catch (Contributions.Failure e) {
                // the job reads it and says why it cannot be created
            }
            groupChanged(descriptor.id());
        }
    }

    /**
     * The group's entries may have changed: the job reads them a little after the UI thread is done with what it is
     * doing, so the changes of one command, import or loop of commands are one reading.
     */
    private void groupChanged(String groupId) {
        staleGroups.add(groupId);
        if (!display.isDisposed() && readingScheduled.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                readingScheduled.set(false);
                if (!tree.getControl().isDisposed()) {
                    readingGroups.schedule(GROUP_READING_DELAY_MS);
                }
            });
        }
    }

    private IStatus readStaleGroups(ResearchWorkspace workspace, IProgressMonitor monitor) {
        List<LibraryGroups.Descriptor> read = new ArrayList<>();
        for (LibraryGroups.Descriptor descriptor : LibraryGroups.all()) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!staleGroups.remove(descriptor.id())) {
                continue;
            }
            groupReads.merge(descriptor.id(), 1, Integer::sum);
            GroupNode node = new GroupNode(descriptor);
            List<Object> children = new ArrayList<>();
            try {
                descriptor.group().entries(workspace).forEach(entry -> children.add(new EntryNode(node, entry)));
                if (children.isEmpty() && descriptor.emptyHint() != null) {
                    children.add(descriptor.emptyHint());
                }
            } catch (Exception e) {
                ILog.of(LibraryView.class).error("The Library cannot read '" + descriptor.label() + "': "
                        + e.getMessage(), e);
                children.add("Cannot be read: " + e.getMessage() + " (the Error Log has the details)");
            }
            groupEntries.put(descriptor.id(), children);
            read.add(descriptor);
        }
        if (!read.isEmpty() && !tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().asyncExec(() -> {
                if (!tree.getControl().isDisposed() && tree.getInput() != null) {
                    read.forEach(descriptor -> tree.refresh(new GroupNode(descriptor), true));
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** How many times the group's entries have been read since the view opened. */
    int groupReads(String groupId) {
        return groupReads.getOrDefault(groupId, 0);
    }

    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof ItemNode item) {
            try {
                getSite().getPage().openEditor(new ItemEditorInput(item.itemId(), titles.known(item.itemId())),
                        ReaderEditor.ID);
            } catch (PartInitException e) {
                org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Cannot open the item", null,
                        e.getStatus());
            }
        } else if (selection.getFirstElement() instanceof CaseFile caseFile) {
            Opening.caseFile(getSite().getPage(), caseFile);
        } else if (selection.getFirstElement() instanceof EntryNode node) {
            try {
                node.group().descriptor().group().open(getSite().getPage(), session.workspace(),
                        node.entry());
            } catch (Exception e) {
                MessageDialog.openError(getSite().getShell(), "Cannot open " + node.entry().label(),
                        e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
    }

    private void fillContextMenu(IMenuManager menu) {
        ResearchWorkspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        Object selected = tree.getStructuredSelection().getFirstElement();
        menu.add(new Action("&New Case File...") {
            @Override
            public void run() {
                InputDialog dialog = new InputDialog(getSite().getShell(), "New Case File", "Title of the case file:", "",
                        title -> validTitle(workspace, title, null));
                if (dialog.open() == Window.OK) {
                    workspace.createCaseFile(dialog.getValue().strip());
                }
            }
        });
        if (selected instanceof CaseFile caseFile) {
            menu.add(new Action("&Open") {
                @Override
                public void run() {
                    Opening.caseFile(getSite().getPage(), caseFile);
                }
            });
            menu.add(new Action("&Rename...") {
                @Override
                public void run() {
                    InputDialog dialog = new InputDialog(getSite().getShell(), "Rename Case File", "New title:",
                            caseFile.getTitle(), title -> validTitle(workspace, title, caseFile));
                    if (dialog.open() == Window.OK) {
                        refusedIfProtected("Rename Case File", () -> workspace.renameCaseFile(caseFile,
                                dialog.getValue()));
                    }
                }
            });
            menu.add(new Action("&Delete") {
                @Override
                public void run() {
                    if (MessageDialog.openConfirm(getSite().getShell(), "Delete Case File", "Delete '"
                            + caseFile.getTitle() + "' with its " + caseFile.getClips().size() + " clips and "
                            + caseFile.getNotes().size() + " notes? The items stay in the workspace; Edit > Undo brings"
                            + " the case file back.")) {
                        refusedIfProtected("Delete Case File", () -> workspace.deleteCaseFile(caseFile));
                    }
                }
            });
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Runs a change; in a training workspace, a change to the trainer's material is refused with a message. */
    private void refusedIfProtected(String title, Runnable change) {
        try {
            change.run();
        } catch (ProtectedMaterialException e) {
            MessageDialog.openInformation(getSite().getShell(), title, e.getMessage());
        }
    }

    private static String validTitle(ResearchWorkspace workspace, String title, CaseFile renamed) {
        if (title.isBlank()) {
            return "A case file needs a title.";
        }
        return workspace.caseFile(title.strip()).filter(c -> c != renamed).isPresent()
                ? "A case file with this title exists." : null;
    }

    /** The tree: case files, then their items, in ranges when there are many. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            List<Object> elements = new ArrayList<>(((ResearchWorkspace) input).caseFiles());
            LibraryGroups.all().forEach(descriptor -> elements.add(new GroupNode(descriptor)));
            return elements.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof GroupNode group) {
                return groupEntries.getOrDefault(group.descriptor().id(), List.of("Reading...")).toArray();
            }
            if (parent instanceof CaseFile caseFile) {
                return children(caseFile, 0, caseFile.getItemIds().size());
            }
            if (parent instanceof ItemRange range) {
                return children(range.caseFile(), range.from(), range.to());
            }
            return new Object[0];
        }

        /** Items {@code from} to {@code to} of a case file, or ranges of them: never more than a partition. */
        private static Object[] children(CaseFile caseFile, int from, int to) {
            List<String> ids = caseFile.getItemIds();
            int end = Math.min(to, ids.size());
            if (end - from <= PARTITION) {
                List<Object> items = new ArrayList<>(Math.max(0, end - from));
                for (int i = from; i < end; i++) {
                    items.add(new ItemNode(caseFile, ids.get(i)));
                }
                return items.toArray();
            }
            long span = PARTITION;
            while ((end - from + span - 1) / span > PARTITION) {
                span *= PARTITION;
            }
            List<Object> ranges = new ArrayList<>();
            for (long start = from; start < end; start += span) {
                ranges.add(new ItemRange(caseFile, (int) start, (int) Math.min(end, start + span)));
            }
            return ranges.toArray();
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof EntryNode entry) {
                return entry.group();
            }
            if (element instanceof ItemNode item) {
                return item.caseFile();
            }
            return element instanceof ItemRange range ? range.caseFile() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ItemRange || element instanceof GroupNode
                    || element instanceof CaseFile caseFile && !caseFile.getItemIds().isEmpty();
        }
    }

    private final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof CaseFile caseFile) {
                return caseFile.getTitle() + "  (" + count(caseFile.getItemIds().size(), "item") + ", "
                        + count(caseFile.getClips().size(), "clip") + ")";
            }
            if (element instanceof ItemNode item) {
                return titles.title(item.itemId());
            }
            if (element instanceof GroupNode group) {
                List<Object> entries = groupEntries.get(group.descriptor().id());
                long count = entries == null ? 0 : entries.stream().filter(EntryNode.class::isInstance).count();
                return group.descriptor().label() + (count == 0 ? "" : String.format(Locale.ROOT, "  (%,d)", count));
            }
            if (element instanceof EntryNode node) {
                LibraryGroup.Entry entry = node.entry();
                return entry.label() + (entry.detail() == null || entry.detail().isEmpty() ? ""
                        : "  (" + entry.detail() + ")");
            }
            if (element instanceof ItemRange range) {
                return String.format(Locale.ROOT, "[%,d \u2026 %,d]", range.from() + 1, range.to());
            }
            return super.getText(element);
        }

        private static String count(int n, String noun) {
            return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
        }
    }

    @Override
    public void setFocus() {
        stack.topControl.setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(refresher);
        shownCaseFiles.forEach(caseFile -> caseFile.eAdapters().remove(itemsWatch));
        groupWatches.forEach(Runnable::run);
        if (readingGroups != null) {
            readingGroups.cancel();
        }
        super.dispose();
    }
}
