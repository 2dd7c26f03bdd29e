package dossier.search.ui.internal;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.Reader;
import dossier.casefile.ui.WorkspaceSession;
import dossier.core.extensions.Contributions;
import dossier.index.QuerySyntaxException;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchRequest.DrillDown;
import dossier.index.SearchResults;
import dossier.index.SearchResults.Hit;
import dossier.model.casefile.SavedSearch;
import dossier.search.ui.SearchScope;
import dossier.search.ui.SearchScopes;
import dossier.search.ui.SearchUI;

/**
 * Searches the workspace's items: a query field with completion of field names, help on the language and a
 * history; results (near-duplicates grouped, expandable) with their snippets' matches in bold; facets to narrow
 * them; the items related to the selected result; saved searches. Searches run in jobs, a new one cancelling the
 * one it supersedes; the index opens (and rebuilds, if it must) in the background, and the view says so. Contributed
 * {@link SearchScope}s (a team collection) are offered beside the query field while one is available.
 */
public final class SearchView extends ViewPart {

    static final String START = "Type a query above and press Enter: words, \"phrases\", fields such as tag:Theme"
            + " or title:brand. Ctrl+Space completes a field; the toolbar's ? explains the query language.";
    static final String NO_RESULTS = "Nothing matches %s. Drop a word, uncheck a facet, or see the toolbar's ?"
            + " for the query language.";
    static final String RELATED_HINT = "Select a result to see the items related to it here.";
    static final String RELATED_ELSEWHERE = "Related items are found in this workspace's own items; right-click a"
            + " result for what can be done with it.";
    static final String FACETS_HINT = "After a search, the results' tags, sites, authors, types, months... show here"
            + " with counts: check one to narrow.";
    static final String SAVED_PROMPT = "Saved Searches";
    static final String SAVED_MENU_ID = "dossier.search.ui.savedSearches";
    static final String SAVE_ACTION_ID = "dossier.search.ui.saveSearch";
    static final String NEWEST_FIRST_ACTION_ID = "dossier.search.ui.newestFirst";
    /** Below this width the related items go under the results instead of beside them. */
    private static final int WIDE = 1000;
    /** Below this width of the results the Type and Copies columns fold away (the rows still expand to copies). */
    private static final int ROOMY_RESULTS = 560;
    private static final int DATE = 2;
    private static final int TYPE = 3;
    private static final int COPIES = 4;
    /**
     * The title's share of what the fixed columns leave, in percent: at least the first, up to the second as the
     * shown titles need; the snippet has the rest.
     */
    private static final int TITLE_SHARE = 35;
    private static final int TITLE_SHARE_MOST = 55;
    static final int LIMIT = 200;
    private static final int HISTORY_SIZE = 20;
    private static final String HISTORY_KEY = "history";
    private static final int SNIPPET = 1;
    private static final Map<String, String> DIMENSIONS = Map.of("tag", "Tag", "source", "Source", "site", "Site",
            "author", "Author", "type", "Type", "language", "Language", "month", "Month");

    private Combo query;
    /** Where to search: this workspace, then the available contributed scopes; hidden while none is available. */
    private Combo scopeSwitch;
    private final List<SearchScopes.Descriptor> scopeChoices = new ArrayList<>();
    /** The scope searched, null for this workspace's index. */
    private SearchScopes.Descriptor activeScope;
    private final List<Runnable> scopeWatches = new ArrayList<>();
    /** The chosen scope that could not be reached, so that the results shown are this workspace's, or null. */
    private String unreachableScope;
    /** Why it could not be reached, for the status line's tool tip. */
    private String unreachableDetail;
    private final IAction newestFirst = new Action("Newest First", IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            SearchView.this.run();
        }
    };
    /** The saved searches, in the view menu and as the toolbar's drop-down: kept current as they change. */
    private final MenuManager savedMenu = new MenuManager(SAVED_PROMPT, SAVED_MENU_ID);
    private Label status;
    private SashForm across;
    /** The widths of the date, type and copies columns: their content's. */
    private final int[] fixedWidths = new int[COPIES + 1];
    private SashForm resultsAndRelated;
    /** The user moved a sash (the view kept its width while a pane changed size): the sizes are theirs since. */
    private boolean sashMoved;
    private boolean arranging;
    private int arrangedWidth;
    private Composite facetPages;
    private final StackLayout facetStack = new StackLayout();
    private Label facetHint;
    private Tree facets;
    private Composite pages;
    private final StackLayout stack = new StackLayout();
    private Label message;
    private Tree results;
    private Label relatedTitle;
    private Table related;
    private Font bold;
    private WorkspaceSession session;
    private final Runnable workspaceChanged = this::workspaceChanged;
    private final Runnable searchAgain = this::searchAgain;
    private SearchRequest lastRequest;
    /** The contributed scope whose results are shown, or null if they are this workspace's. */
    private SearchScope searchedScope;

    private volatile SearchIndex index;
    private volatile String indexNote;
    private String pendingQuery;
    private final List<DrillDown> drills = new ArrayList<>();
    private SearchResults shown = new SearchResults(0, List.of(), Map.of(), false, null);
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    /** What the shown results' titles need (see {@link #sizeColumns}). */
    private int titlesWidth;
    private Job searching;
    private Job relating;
    private int generation;
    private int relatedGeneration;
    private boolean searched;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        createQueryRow(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        across = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(across);
        facetPages = new Composite(across, SWT.NONE);
        facetPages.setLayout(facetStack);
        facetHint = new Label(facetPages, SWT.WRAP);
        facetHint.setText(FACETS_HINT);
        facets = new Tree(facetPages, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        facets.addListener(SWT.Selection, this::facetClicked);
        facets.addListener(SWT.DefaultSelection, this::facetClicked);
        facets.addListener(SWT.MouseHover, e -> explainFacet(e.x, e.y));
        facetStack.topControl = facetHint;

        resultsAndRelated = new SashForm(across, SWT.VERTICAL);
        pages = new Composite(resultsAndRelated, SWT.NONE);
        pages.setLayout(stack);
        message = new Label(pages, SWT.WRAP);
        message.setText(START);
        createResults();
        stack.topControl = message;
        createRelated(resultsAndRelated);
        arrange();
        parent.addListener(SWT.Resize, e -> arrange());
        facetPages.addListener(SWT.Resize, e -> sashMoved |= !arranging && across.getSize().x == arrangedWidth);
        pages.addListener(SWT.Resize, e -> sashMoved |= !arranging && across.getSize().x == arrangedWidth);
        createActions();

        bold = FontDescriptor.createFrom(results.getFont()).setStyle(SWT.BOLD).createFont(parent.getDisplay());
        showStatus();
        session.addChangeListener(workspaceChanged);
        session.whenOpen(this::openIndex);
    }

    private void createQueryRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        query = new Combo(row, SWT.DROP_DOWN);
        query.setToolTipText("A query: words, \"phrases\", fields such as tag: or title:; Ctrl+Space completes a field,"
                + " the arrow shows recent queries");
        query.setItems(history().toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> searchFromField());
        query.addListener(SWT.Selection, e -> searchFromField());
        ContentProposalAdapter assist = new ContentProposalAdapter(query, new ComboContentAdapter(), new QuerySyntax(),
                KeyStroke.getInstance(SWT.MOD1, ' '), null);
        assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);

        scopeSwitch = new Combo(row, SWT.DROP_DOWN | SWT.READ_ONLY);
        scopeSwitch.setToolTipText("Where to search: this workspace, or a collection it is connected to");
        scopeSwitch.setItems(SearchScopes.LOCAL_LABEL);
        scopeSwitch.select(0);
        GridDataFactory.fillDefaults().exclude(true).applyTo(scopeSwitch);
        scopeSwitch.setVisible(false);
        scopeSwitch.addListener(SWT.Selection, e -> {
            int chosen = scopeSwitch.getSelectionIndex();
            activeScope = chosen <= 0 ? null : scopeChoices.get(chosen - 1);
            drills.clear();
            run();
        });

        Button search = new Button(row, SWT.PUSH);
        search.setText("Search");
        search.setToolTipText("Run the query (Enter)");
        search.addListener(SWT.Selection, e -> searchFromField());
    }

    /** The view's toolbar and menu: order, saved searches, save, and help on the query language. */
    private void createActions() {
        newestFirst.setId(NEWEST_FIRST_ACTION_ID);
        newestFirst.setToolTipText("Newest first (otherwise the best matches first)");
        newestFirst.setImageDescriptor(icon("icons/newest_first16.png"));

        IAction saveSearch = new Action("Save Search...") {
            @Override
            public void run() {
                saveSearch();
            }
        };
        saveSearch.setId(SAVE_ACTION_ID);
        saveSearch.setToolTipText("Save this query under a name, to run it again later");
        saveSearch.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));

        IAction runSaved = new Action(SAVED_PROMPT, IAction.AS_DROP_DOWN_MENU) {
            @Override
            public void runWithEvent(Event event) {
                if (event.widget instanceof ToolItem item) { // the button shows the list, as its arrow does
                    Rectangle bounds = item.getBounds();
                    Menu menu = getMenuCreator().getMenu(item.getParent());
                    menu.setLocation(item.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
                    menu.setVisible(true);
                }
            }
        };
        runSaved.setToolTipText("Run a saved search");
        runSaved.setImageDescriptor(icon("icons/saved_searches16.png"));
        runSaved.setMenuCreator(new IMenuCreator() {
            private MenuManager popup;

            @Override
            public Menu getMenu(Control parent) {
                dispose();
                popup = new MenuManager();
                fillSaved(popup);
                return popup.createContextMenu(parent);
            }

            @Override
            public Menu getMenu(Menu parent) {
                return null;
            }

            @Override
            public void dispose() {
                if (popup != null) {
                    popup.dispose();
                }
            }
        });

        IAction help = new Action("Query Language") {
            @Override
            public void run() {
                MessageDialog.openInformation(getSite().getShell(), "Query Language", QuerySyntax.HELP);
            }
        };
        help.setToolTipText("The query language: fields, phrases, dates, AND/OR/NOT");
        help.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_LCL_LINKTO_HELP));

        IActionBars bars = getViewSite().getActionBars();
        IToolBarManager toolbar = bars.getToolBarManager();
        toolbar.add(newestFirst);
        toolbar.add(runSaved);
        toolbar.add(saveSearch);
        toolbar.add(help);
        IMenuManager menu = bars.getMenuManager();
        menu.add(newestFirst);
        menu.add(savedMenu);
        menu.add(saveSearch);
        menu.add(new Separator());
        menu.add(help);
        refreshSaved();
        bars.updateActionBars();
    }

    private static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(SearchUI.PLUGIN_ID, path).orElse(null);
    }

    /**
     * Facets as wide as their labels need (at least an eighth of the view, at most 40 %; a quarter while their hint
     * shows in their place, so that it reads in lines, not a word a line); the related items
     * beside the results in a wide view (a fifth of the rest), below them in a narrow one: the results get the most
     * room. Once the user moves a sash, the sizes are theirs.
     */
    private void arrange() {
        int width = across.getParent().getClientArea().width;
        if (width <= 0) {
            return;
        }
        boolean wide = width >= WIDE;
        arranging = true;
        try {
            resultsAndRelated.setOrientation(wide ? SWT.HORIZONTAL : SWT.VERTICAL);
            if (!sashMoved) {
                int facetWidth = Math.min(width * 2 / 5, Math.max(width / 8, facetsWidth(width)));
                across.setWeights(facetWidth, width - facetWidth);
                resultsAndRelated.setWeights(wide ? new int[] { 78, 22 } : new int[] { 65, 35 });
            }
            across.getParent().layout(new Control[] { across });
            arrangedWidth = across.getSize().x;
        } finally {
            arranging = false;
        }
    }

    /** The width the facets need to show every label whole, or their hint (a quarter of the view's width). */
    private int facetsWidth(int width) {
        if (facets.getItemCount() == 0) {
            return width / 4;
        }
        int widest = 0;
        GC gc = new GC(facets);
        try {
            for (TreeItem item : visibleItems(facets.getItems())) {
                widest = Math.max(widest, item.getBounds().x + gc.textExtent(item.getText()).x);
            }
        } finally {
            gc.dispose();
        }
        Rectangle trim = facets.computeTrim(0, 0, widest, 0);
        return trim.width + facets.getVerticalBar().getSize().x + 16;
    }

    private static List<TreeItem> visibleItems(TreeItem[] items) {
        List<TreeItem> visible = new ArrayList<>();
        for (TreeItem item : items) {
            visible.add(item);
            if (item.getExpanded()) {
                visible.addAll(visibleItems(item.getItems()));
            }
        }
        return visible;
    }

    /** The full facet under the pointer, with what checking it does (the label may be cut in a narrow view). */
    private void explainFacet(int x, int y) {
        TreeItem item = facets.getItem(new Point(x, y));
        if (item == null) {
            facets.setToolTipText(null);
        } else if (item.getData() instanceof DrillDown drill) {
            facets.setToolTipText(DIMENSIONS.getOrDefault(drill.dimension(), drill.dimension()) + " " + drill.value()
                    + item.getText().substring(item.getText().lastIndexOf("  ")) + ": check to narrow the results");
        } else {
            facets.setToolTipText(item.getText());
        }
    }

    private void createResults() {
        Composite box = new Composite(pages, SWT.NONE);
        box.setLayout(new FillLayout());
        results = new Tree(box, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        results.setHeaderVisible(true);
        results.setLinesVisible(true);
        GC gc = new GC(results);
        try {
            for (String name : new String[] { "Title", "Snippet", "Date", "Type", "Copies" }) {
                new TreeColumn(results, SWT.LEFT).setText(name);
            }
            fixedWidths[DATE] = gc.textExtent("2024-12-31").x + 24;
            fixedWidths[TYPE] = gc.textExtent("document").x + 24;
            fixedWidths[COPIES] = gc.textExtent("near-duplicate").x + 24;
        } finally {
            gc.dispose();
        }
        results.addListener(SWT.Resize, e -> sizeColumns());
        results.addListener(SWT.MouseHover, e -> {
            TreeItem item = results.getItem(new Point(e.x, e.y));
            results.setToolTipText(item == null ? null : item.getText(0));
        });
        results.addListener(SWT.SetData, this::fillResult);
        results.addListener(SWT.EraseItem, e -> {
            if (e.index == SNIPPET) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        results.addListener(SWT.PaintItem, this::paintSnippet);
        results.addListener(SWT.Selection, e -> showRelated());
        results.addListener(SWT.DefaultSelection, e -> {
            if (results.getSelectionCount() == 1 && searchedScope == null) {
                open(results.getSelection()[0].getData());
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillResultMenu);
        results.setMenu(menu.createContextMenu(results));
        results.addListener(SWT.Dispose, e -> menu.dispose());
    }

    /** Open for this workspace's results; a contributed scope's own actions for its results (pull, say). */
    private void fillResultMenu(IMenuManager menu) {
        List<String> ids = new ArrayList<>();
        for (TreeItem item : results.getSelection()) {
            if (item.getData() instanceof Hit hit) {
                ids.add(hit.id());
            } else if (item.getData() instanceof String duplicate) {
                ids.add(duplicate);
            }
        }
        ResearchWorkspace workspace = session.workspace();
        if (ids.isEmpty() || workspace == null) {
            return;
        }
        if (searchedScope != null) {
            searchedScope.fillResultMenu(menu, getSite(), workspace, ids);
        } else if (ids.size() == 1) {
            Object row = results.getSelection()[0].getData();
            menu.add(new Action("&Open") {
                @Override
                public void run() {
                    open(row);
                }
            });
        }
    }

    /**
     * Sizes the result columns to the tree's client area (less a scroll bar): date, type and copies as wide as their
     * content, title and snippet sharing the rest (the title as wide as the shown titles need, within its shares);
     * type and copies fold away where there is no room.
     */
    private void sizeColumns() {
        int available = results.getClientArea().width;
        boolean roomy = available >= ROOMY_RESULTS;
        int fixed = 0;
        for (int index = DATE; index <= COPIES; index++) {
            int width = index == DATE || roomy ? fixedWidths[index] : 0;
            results.getColumn(index).setWidth(width);
            fixed += width;
        }
        int rest = Math.max(0, available - fixed);
        int title = Math.max(rest * TITLE_SHARE / 100, Math.min(titlesWidth, rest * TITLE_SHARE_MOST / 100));
        results.getColumn(0).setWidth(title);
        results.getColumn(1).setWidth(rest - title);
    }

    private void createRelated(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(box);
        relatedTitle = new Label(box, SWT.WRAP);
        relatedTitle.setText(RELATED_HINT);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(relatedTitle);
        Composite table = new Composite(box, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        TableColumnLayout columns = new TableColumnLayout();
        table.setLayout(columns);
        related = new Table(table, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        related.setLinesVisible(true);
        GC gc = new GC(related);
        try {
            columns.setColumnData(new TableColumn(related, SWT.LEFT), new ColumnWeightData(100, 100));
            columns.setColumnData(new TableColumn(related, SWT.LEFT), new ColumnPixelData(gc.textExtent("2024-12-31")
                    .x + 24));
        } finally {
            gc.dispose();
        }
        related.addListener(SWT.MouseHover, e -> {
            TableItem item = related.getItem(new Point(e.x, e.y));
            related.setToolTipText(item == null ? null : item.getText(0));
        });
        related.addListener(SWT.DefaultSelection, e -> {
            if (related.getSelectionCount() == 1) {
                open(related.getSelection()[0].getData());
            }
        });
        showRelatedTable(false);
    }

    /** Shows or hides the related items' table; lays out again only when that changes. */
    private void showRelatedTable(boolean visible) {
        Composite table = related.getParent();
        if (table.getVisible() == visible) {
            return;
        }
        table.setVisible(visible);
        ((GridData) table.getLayoutData()).exclude = !visible;
        table.getParent().layout(true);
    }

    // ---- scopes

    /** Watches the contributed scopes' availability (on the UI thread, once the workspace is open). */
    private void watchScopes(ResearchWorkspace workspace) {
        for (SearchScopes.Descriptor descriptor : SearchScopes.all()) {
            try {
                scopeWatches.add(descriptor.scope().watch(workspace, () -> asyncExec(this::refreshScopes)));
            } catch (Contributions.Failure e) {
                ILog.of(getClass()).log(Status.error(e.getMessage(), e));
            }
        }
        refreshScopes();
    }

    /** Offers the scopes available now; the switch shows only if there is one besides this workspace. */
    private void refreshScopes() {
        ResearchWorkspace workspace = session.workspace();
        scopeChoices.clear();
        for (SearchScopes.Descriptor descriptor : SearchScopes.all()) {
            try {
                if (workspace != null && descriptor.scope().available(workspace)) {
                    scopeChoices.add(descriptor);
                }
            } catch (Contributions.Failure e) {
                // logged when watched
            }
        }
        List<String> labels = new ArrayList<>(List.of(SearchScopes.LOCAL_LABEL));
        scopeChoices.forEach(d -> labels.add(d.label()));
        boolean lost = activeScope != null && !scopeChoices.contains(activeScope);
        if (lost) {
            activeScope = null;
        }
        scopeSwitch.setItems(labels.toArray(String[]::new));
        scopeSwitch.select(activeScope == null ? 0 : 1 + scopeChoices.indexOf(activeScope));
        boolean show = !scopeChoices.isEmpty();
        scopeSwitch.setVisible(show);
        ((GridData) scopeSwitch.getLayoutData()).exclude = !show;
        scopeSwitch.getParent().layout(true);
        if (lost && lastRequest != null) {
            execute(lastRequest);
        }
    }

    /** The scope searched now, or null for this workspace (also when the contribution cannot be created). */
    private SearchScope activeScope() {
        try {
            return activeScope == null ? null : activeScope.scope();
        } catch (Contributions.Failure e) {
            return null;
        }
    }

    // ---- the index

    private void openIndex(ResearchWorkspace workspace) {
        watchScopes(workspace);
        Job opening = Job.create("Opening the search index", monitor -> {
            try {
                SearchIndex opened = SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND, new SearchIndex.Progress() {
                    @Override
                    public void starting(String reason) {
                        indexNote = reason + "; rebuilding it in the background";
                        asyncShowStatus();
                    }

                    @Override
                    public void rebuilt(int done, int total) {
                        indexNote = done == total ? null : String.format(Locale.ROOT, "The search index is being"
                                + " rebuilt (%,d of %,d items): results may be incomplete", done, total);
                        asyncShowStatus();
                    }
                });
                index = opened;
                asyncExec(() -> {
                    if (pendingQuery != null) {
                        search(pendingQuery);
                    }
                    showStatus();
                });
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                indexNote = "The search index cannot be opened: " + e.getMessage();
                asyncShowStatus();
                return Status.error(indexNote, e);
            }
        });
        opening.setSystem(true);
        opening.schedule();
    }

    private void asyncExec(Runnable action) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    private void asyncShowStatus() {
        asyncExec(this::showStatus);
    }

    private void showStatus() {
        List<String> parts = new ArrayList<>();
        if (index == null) {
            parts.add(session.failure() != null
                    ? "The workspace cannot be opened: " + session.failure()
                    : "Opening the search index...");
        } else if (searched) {
            parts.add(String.format(Locale.ROOT, "%,d result%s", shown.totalHits(), shown.totalHits() == 1 ? "" : "s")
                    + (shown.hits().size() < shown.totalHits() ? String.format(Locale.ROOT, " (best %,d shown)",
                            shown.hits().size()) : "") + (newestFirst.isChecked() ? ", newest first" : ""));
            if (!drills.isEmpty()) {
                parts.add("narrowed to " + String.join(", ", drills.stream().map(d -> DIMENSIONS.getOrDefault(
                        d.dimension(), d.dimension()) + " " + d.value()).toList()));
            }
        }
        String note = shown.incomplete() ? shown.notice() : indexNote;
        if (note != null) {
            parts.add("\u26a0 " + note);
        }
        if (unreachableScope != null) { // first: what the results are matters more than their count
            parts.add(0, "\u26a0 " + unreachableScope + " cannot be reached: these are this workspace's results");
        }
        status.setText(String.join("  \u2014  ", parts));
        status.setToolTipText(unreachableDetail);
        status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
    }

    // ---- searching

    /** Runs a query (from the command, the Mentions view, a saved search): a new query starts without facets. */
    public void search(String text) {
        query.setText(text);
        drills.clear();
        run();
    }

    private void searchFromField() {
        drills.clear();
        run();
    }

    private void run() {
        String text = query.getText().strip();
        if (index == null) {
            pendingQuery = text;
            showStatus();
            return;
        }
        pendingQuery = null;
        remember(text);
        execute(new SearchRequest(text, newestFirst.isChecked() ? SearchRequest.Order.DATE
                : SearchRequest.Order.RELEVANCE, LIMIT, true, drills));
    }

    /**
     * After a change to the workspace (a clip, a tag, an import, undo), the results shown are searched again, half a
     * second after the last change, so that they stay current.
     */
    private void workspaceChanged() {
        refreshSaved();
        if (lastRequest != null && !status.isDisposed()) {
            status.getDisplay().timerExec(500, searchAgain);
        }
    }

    private void searchAgain() {
        if (lastRequest != null && !status.isDisposed()) {
            execute(lastRequest);
        }
    }

    private void execute(SearchRequest request) {
        lastRequest = request;
        String text = request.query();
        if (searching != null) {
            searching.cancel();
        }
        int run = ++generation;
        SearchIndex target = index;
        SearchScope scope = activeScope();
        String scopeLabel = activeScope == null ? null : activeScope.label();
        ResearchWorkspace workspace = session.workspace();
        Job job = Job.create("Searching" + (scope == null ? "" : " the " + scopeLabel.toLowerCase(Locale.ROOT)) + ": "
                + (text.isEmpty() ? "all items" : text), monitor -> {
            try {
                String note = null;
                SearchResults found;
                if (scope == null) {
                    found = target.search(request);
                } else {
                    try {
                        found = scope.search(workspace, request);
                    } catch (SearchScope.Failure e) {
                        if (!e.unreachable()) {
                            asyncExec(() -> {
                                if (run == generation) {
                                    searching = null;
                                    unreachableScope = null;
                                    unreachableDetail = null;
                                    showProblem(scopeLabel + ": " + e.getMessage(), false);
                                }
                            });
                            return Status.OK_STATUS;
                        }
                        note = e.getMessage();
                        found = target.search(request);
                    }
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (scope == null || note != null) {
                    readDuplicateTitles(found, monitor);
                } else {
                    readDuplicateTitles(scope, workspace, found);
                }
                SearchResults results = found;
                String unreachable = note;
                asyncExec(() -> {
                    if (run == generation) {
                        searching = null;
                        unreachableScope = unreachable == null ? null : scopeLabel;
                        unreachableDetail = unreachable;
                        searchedScope = unreachable == null ? scope : null;
                        show(results, text);
                    }
                });
                return Status.OK_STATUS;
            } catch (QuerySyntaxException e) {
                asyncExec(() -> {
                    if (run == generation) {
                        searching = null;
                        unreachableScope = null;
                        unreachableDetail = null;
                        showProblem(e.getMessage(), true);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("The search failed: " + e.getMessage(), e);
            }
        });
        searching = job;
        job.schedule();
    }

    /** The titles of grouped near-duplicates, read in the search job so that expanding a group does no I/O. */
    private void readDuplicateTitles(SearchResults found, IProgressMonitor monitor) {
        ResearchWorkspace workspace = session.workspace();
        for (Hit hit : found.hits()) {
            for (String id : hit.duplicates()) {
                if (monitor.isCanceled()) {
                    return;
                }
                try {
                    titles.computeIfAbsent(id, k -> {
                        try {
                            return workspace.store().item(k).map(item -> item.title() == null ? k : item.title())
                                    .orElse(k);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                } catch (java.io.UncheckedIOException e) {
                    titles.put(id, id + " (unreadable)");
                }
            }
        }
    }

    /** The titles of a scope's grouped near-duplicates, as the scope gives them (left untitled if it cannot). */
    private void readDuplicateTitles(SearchScope scope, ResearchWorkspace workspace, SearchResults found)
            throws IOException {
        List<String> ids = found.hits().stream().flatMap(hit -> hit.duplicates().stream()).toList();
        if (!ids.isEmpty()) {
            try {
                titles.putAll(scope.titles(workspace, ids));
            } catch (SearchScope.Failure e) {
                // the results came; only their copies' titles did not: they show their ids
            }
        }
    }

    private void show(SearchResults found, String text) {
        Object selected = results.getSelectionCount() == 1 ? results.getSelection()[0].getData() : null;
        shown = found;
        searched = true;
        results.removeAll();
        results.setItemCount(found.hits().size());
        if (selected instanceof Hit before) { // searched again: the same result stays selected
            for (int i = 0; i < found.hits().size(); i++) {
                if (found.hits().get(i).id().equals(before.id())) {
                    results.setSelection(results.getItem(i));
                }
            }
        }
        if (found.hits().isEmpty()) {
            message.setText(String.format(NO_RESULTS, text.isEmpty() ? "in this workspace" : "\u201c" + text + "\u201d"));
            stack.topControl = message;
        } else {
            stack.topControl = results.getParent();
        }
        pages.layout();
        titlesWidth = titlesWidth(found);
        sizeColumns(); // a vertical scroll bar may have come or gone
        showFacets(found);
        facetStack.topControl = facets.getItemCount() == 0 ? facetHint : facets;
        facetPages.layout();
        arrange();
        showRelated();
        showStatus();
    }

    /** The width the shown titles need, with the row's expander and margins. */
    private int titlesWidth(SearchResults found) {
        GC gc = new GC(results);
        try {
            int widest = 0;
            int indent = 20; // a near-duplicate's row is one level in
            for (Hit hit : found.hits()) {
                widest = Math.max(widest, gc.textExtent(title(hit.title(), hit.id())).x);
                for (String id : hit.duplicates()) {
                    widest = Math.max(widest, indent + gc.textExtent(title(titles.get(id), id)).x);
                }
            }
            return widest + 40;
        } finally {
            gc.dispose();
        }
    }

    private void showProblem(String problem, boolean inTheQuery) {
        shown = new SearchResults(0, List.of(), Map.of(), false, null);
        results.removeAll();
        message.setText(inTheQuery ? "This query cannot run: " + problem
                + ". The toolbar's ? explains the query language." : "The search cannot run: " + problem + ".");
        stack.topControl = message;
        pages.layout();
        facets.removeAll();
        facetStack.topControl = facetHint;
        facetPages.layout();
        showRelated();
        showStatus();
    }

    private void fillResult(Event event) {
        TreeItem item = (TreeItem) event.item;
        TreeItem parent = item.getParentItem();
        if (parent == null) {
            Hit hit = shown.hits().get(event.index);
            item.setData(hit);
            item.setText(new String[] { title(hit.title(), hit.id()), Snippets.plain(hit.snippet()), hit.date() == null
                    ? "" : hit.date().atZone(ZoneOffset.UTC).toLocalDate().toString(), hit.type(),
                    hit.groupSize() > 1 ? hit.groupSize() + " copies" : "" });
            item.setItemCount(hit.duplicates().size());
        } else {
            String id = ((Hit) parent.getData()).duplicates().get(event.index);
            item.setData(id);
            item.setText(new String[] { title(titles.get(id), id), "", "", "", "near-duplicate" });
        }
    }

    private static String title(String title, String id) {
        return title == null || title.isBlank() ? "(untitled " + id + ")" : title;
    }

    private void paintSnippet(Event event) {
        if (event.index != SNIPPET || !(event.item.getData() instanceof Hit hit)) {
            return;
        }
        int x = event.x + 4;
        int right = event.x + results.getColumn(SNIPPET).getWidth();
        Font normal = results.getFont();
        for (Snippets.Segment segment : Snippets.segments(hit.snippet())) {
            event.gc.setFont(segment.match() ? bold : normal);
            Point size = event.gc.textExtent(segment.text());
            event.gc.drawText(segment.text(), x, event.y + (event.height - size.y) / 2, true);
            x += size.x;
            if (x > right) {
                break;
            }
        }
        event.gc.setFont(normal);
    }

    // ---- facets

    private void showFacets(SearchResults found) {
        facets.setRedraw(false);
        facets.removeAll();
        for (Map.Entry<String, List<SearchResults.FacetValue>> dimension : found.facets().entrySet()) {
            if (dimension.getValue().isEmpty()) {
                continue;
            }
            TreeItem dimItem = new TreeItem(facets, SWT.NONE);
            dimItem.setText(DIMENSIONS.getOrDefault(dimension.getKey(), dimension.getKey()));
            dimItem.setGrayed(true);
            Map<String, TreeItem> tags = new HashMap<>();
            for (SearchResults.FacetValue value : dimension.getValue()) {
                int slash = value.value().lastIndexOf('/');
                TreeItem parentTag = slash > 0 ? tags.get(value.value().substring(0, slash)) : null;
                TreeItem item = parentTag == null ? new TreeItem(dimItem, SWT.NONE) : new TreeItem(parentTag, SWT.NONE);
                String label = parentTag == null ? value.value() : value.value().substring(slash + 1);
                item.setText(String.format(Locale.ROOT, "%s  (%,d)", label, value.count()));
                DrillDown drill = new DrillDown(dimension.getKey(), value.value());
                item.setData(drill);
                item.setChecked(drills.contains(drill));
                tags.put(value.value(), item);
            }
            expand(dimItem);
        }
        facets.setRedraw(true);
    }

    private static void expand(TreeItem item) {
        item.setExpanded(true);
        Arrays.stream(item.getItems()).filter(i -> i.getItemCount() > 0).forEach(SearchView::expand);
    }

    private void facetClicked(Event event) {
        if (!(event.item instanceof TreeItem item)) {
            return;
        }
        if (!(item.getData() instanceof DrillDown drill)) {
            item.setChecked(false); // a dimension is not a value
            return;
        }
        if (event.type == SWT.Selection && event.detail != SWT.CHECK) {
            return;
        }
        if (!drills.remove(drill)) {
            drills.add(drill);
        }
        run();
    }

    // ---- related items

    private void showRelated() {
        Object selected = results.getSelectionCount() == 1 ? results.getSelection()[0].getData() : null;
        String id = selected instanceof Hit hit ? hit.id() : selected instanceof String s ? s : null;
        related.removeAll();
        if (relating != null) {
            relating.cancel();
        }
        if (id != null && searchedScope != null) {
            showRelatedTable(false);
            relatedTitle.setText(RELATED_ELSEWHERE);
            relatedTitle.getParent().layout(true);
            return;
        }
        if (id == null || index == null) {
            showRelatedTable(false);
            relatedTitle.setText(RELATED_HINT);
            relatedTitle.getParent().layout(true);
            return;
        }
        String name = selected instanceof Hit hit ? title(hit.title(), id) : title(titles.get(id), id);
        relatedTitle.setText("Related to \u201c" + name + "\u201d: finding...");
        SearchIndex target = index;
        int run = ++relatedGeneration;
        Job job = Job.create("Finding items related to " + name, monitor -> {
            try {
                List<Hit> like = target.related(id, 10);
                asyncExec(() -> {
                    if (run == relatedGeneration) {
                        showRelated(name, like);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot find related items: " + e.getMessage(), e);
            }
        });
        relating = job;
        job.setSystem(true);
        job.schedule();
    }

    private void showRelated(String name, List<Hit> like) {
        related.removeAll();
        relatedTitle.setText(like.isEmpty() ? "Nothing in the workspace is like \u201c" + name + "\u201d."
                : "Related to \u201c" + name + "\u201d (double-click to open):");
        showRelatedTable(!like.isEmpty());
        for (Hit hit : like) {
            TableItem item = new TableItem(related, SWT.NONE);
            item.setData(hit);
            item.setText(new String[] { title(hit.title(), hit.id()), hit.date() == null ? ""
                    : hit.date().atZone(ZoneOffset.UTC).toLocalDate().toString() });
        }
    }

    private void open(Object row) {
        String id = row instanceof Hit hit ? hit.id() : (String) row;
        String title = row instanceof Hit hit ? hit.title() : titles.get(id);
        try {
            Reader.open(getSite().getPage(), id, title);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Cannot open the item", null, e.getStatus());
        }
    }

    // ---- history and saved searches

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(SearchUI.PLUGIN_ID);
    }

    static List<String> history() {
        String stored = preferences().get(HISTORY_KEY, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private void remember(String text) {
        if (text.isEmpty()) {
            return;
        }
        List<String> recent = new ArrayList<>(history());
        recent.remove(text);
        recent.add(0, text);
        List<String> kept = recent.subList(0, Math.min(HISTORY_SIZE, recent.size()));
        preferences().put(HISTORY_KEY, String.join("\n", kept));
        Job flush = Job.create("Saving the search history", monitor -> {
            try {
                preferences().flush();
                return Status.OK_STATUS;
            } catch (org.osgi.service.prefs.BackingStoreException e) {
                return Status.warning("Cannot save the search history: " + e.getMessage(), e);
            }
        });
        flush.setSystem(true);
        flush.schedule();
        Point selection = query.getSelection();
        query.setItems(kept.toArray(String[]::new));
        query.setText(text);
        query.setSelection(selection);
    }

    private List<SavedSearch> savedSearches() {
        ResearchWorkspace workspace = session.workspace();
        return workspace == null ? List.of() : SavedSearches.of(workspace).list();
    }

    private void refreshSaved() {
        if (status == null || status.isDisposed()) {
            return;
        }
        savedMenu.removeAll();
        fillSaved(savedMenu);
        savedMenu.update(true);
    }

    private void fillSaved(IMenuManager menu) {
        List<SavedSearch> searches = savedSearches();
        if (searches.isEmpty()) {
            IAction none = new Action("(none yet: Save Search... keeps the query shown)") {
            };
            none.setEnabled(false);
            menu.add(none);
        }
        for (SavedSearch search : searches) {
            menu.add(new Action(search.getName() + "  \u2014  " + search.getQuery()) {
                @Override
                public void run() {
                    runSaved(search);
                }
            });
        }
    }

    private void runSaved(SavedSearch search) {
        if (session.workspace() == null || !savedSearches().contains(search)) {
            return;
        }
        SavedSearches.of(session.workspace()).ran(search);
        search(search.getQuery());
    }

    private void saveSearch() {
        String text = query.getText().strip();
        if (session.workspace() == null) {
            return;
        }
        if (text.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Save Search", "Type a query first: the saved search"
                    + " keeps the query and runs it again on demand.");
            return;
        }
        InputDialog ask = new InputDialog(getSite().getShell(), "Save Search", "Name for the query \u201c" + text
                + "\u201d:", text, name -> name.isBlank() ? "Give the search a name" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        SavedSearches.of(session.workspace()).save(ask.getValue().strip(), text);
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(workspaceChanged);
        scopeWatches.forEach(Runnable::run);
        Display.getCurrent().timerExec(-1, searchAgain);
        if (searching != null) {
            searching.cancel();
        }
        if (relating != null) {
            relating.cancel();
        }
        if (bold != null) {
            bold.dispose();
        }
        savedMenu.dispose();
        super.dispose();
    }
}
