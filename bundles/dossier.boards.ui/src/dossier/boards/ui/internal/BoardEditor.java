package dossier.boards.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

import dossier.boards.Boards;
import dossier.boards.IndexMark;
import dossier.boards.PanelFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.SearchIndex;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;

/**
 * A board: its panels in a grid (each at its cell, spanning its cells), computed in a job; after an index change
 * (300 ms later, in a job) only the panels whose queries the change touched are computed again ({@link
 * Boards#touched}), after a model change those that show the model (in-tray, sources); dragging a panel by its title to another cell moves it there (swapping with the panel there), as does its
 * menu (undoable, Edit > Undo); the menu also removes it; clicking a point or a ranked account opens the Search view
 * on its items.
 */
public final class BoardEditor extends EditorPart {

    public static final String ID = "dossier.boards.ui.boardEditor";
    static final String SEARCH_COMMAND = "dossier.search.ui.search";

    private WorkspaceSession session;
    private ResearchWorkspace workspace;
    private Board board;
    private Composite grid;
    /** Shows computed panels and makes their tables, one a turn of the event loop. */
    private OneATurn turns;
    private final List<PanelView> views = new ArrayList<>();
    private String layoutShown = "";
    private int rowsShown;
    private Job compute;
    private Runnable stopWatchingIndex = () -> {
    };
    private final Runnable modelChanged = this::modelChanged;
    private final IPropertyChangeListener themeChanged = event -> restyle();
    private long computedGeneration;
    private volatile long wantedGeneration;
    private final AtomicBoolean indexChanged = new AtomicBoolean();
    private final AtomicBoolean modelChangedSince = new AtomicBoolean();
    private final Map<PanelView, IndexMark> marks = new ConcurrentHashMap<>();
    private final Map<Panel, Integer> computations = new ConcurrentHashMap<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        workspace = session.workspace();
        if (workspace == null) {
            throw new PartInitException(session.notOpenMessage());
        }
        board = Boards.of(workspace).find(((BoardEditorInput) input).id())
                .orElseThrow(() -> new PartInitException("the board is no longer in the workspace"));
        setPartName(board.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        grid = new Composite(parent, SWT.NONE);
        turns = new OneATurn(grid.getDisplay());
        dropTarget();
        compute = Job.create("Computing board " + board.getName(), this::computeAll);
        compute.setSystem(true);
        rebuild();
        session.addChangeListener(modelChanged);
        PlatformUI.getWorkbench().getThemeManager().addPropertyChangeListener(themeChanged);
        stopWatchingIndex = SearchIndex.whenIndexed(workspace, () -> {
            indexChanged.set(true);
            wantedGeneration++;
            compute.schedule(300);
        });
    }

    /** What the grid shows: the panels, their cells and titles. */
    private String layoutKey() {
        StringBuilder key = new StringBuilder();
        for (Panel p : Boards.of(workspace).panels(board)) {
            key.append(p.getId()).append(p.getColumn()).append(',').append(p.getRow()).append(',').append(p.getWidth())
                    .append(',').append(p.getHeight()).append(p.getTitle()).append(p.getParameters()).append(';');
        }
        return key.toString();
    }

    private void modelChanged() {
        if (grid.isDisposed()) {
            return;
        }
        if (!workspace.readModel(() -> workspace.model().getBoards().contains(board))) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        if (!layoutKey().equals(layoutShown)) {
            rebuild();
        } else {
            modelChangedSince.set(true);
            wantedGeneration++;
            compute.schedule(300);
        }
    }

    /** Lays the panels out in the grid and computes them. */
    private void rebuild() {
        layoutShown = layoutKey();
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        views.clear();
        marks.clear();
        List<Panel> panels = Boards.of(workspace).panels(board);
        int columns = Math.max(1, panels.stream().mapToInt(p -> p.getColumn() + p.getWidth()).max().orElse(1));
        int rows = panels.stream().mapToInt(p -> p.getRow() + p.getHeight()).max().orElse(0);
        GridLayout layout = new GridLayout(columns, true);
        grid.setLayout(layout);
        rowsShown = rows;
        boolean[][] taken = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (taken[row][column]) {
                    continue;
                }
                Panel at = at(panels, column, row);
                if (at == null || fits(taken, at) == false) {
                    new Label(grid, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                    continue;
                }
                for (int r = row; r < row + at.getHeight(); r++) {
                    for (int c = column; c < column + at.getWidth(); c++) {
                        taken[r][c] = true;
                    }
                }
                PanelView view = new PanelView(grid, at, at.getTitle() == null ? at.getKind() : at.getTitle(),
                        this::drill, control -> dragSource(control, at), turns);
                // the cells share the editor equally, whatever the panels' contents would like
                GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, at.getWidth(), at.getHeight());
                data.widthHint = 0;
                data.heightHint = 0;
                data.minimumWidth = 120;
                data.minimumHeight = 180;
                view.control().setLayoutData(data);
                view.menuMadeBy(() -> menu(view));
                views.add(view);
            }
        }
        if (panels.isEmpty()) {
            new Label(grid, SWT.WRAP).setText("This board has no panels yet: add them with dossier board add-panel.");
        }
        grid.layout(true); // each panel lays its content out as it takes its cell
        wantedGeneration++;
        compute.schedule();
    }

    private static Panel at(List<Panel> panels, int column, int row) {
        return panels.stream().filter(p -> p.getColumn() == column && p.getRow() == row).findFirst().orElse(null);
    }

    private static boolean fits(boolean[][] taken, Panel panel) {
        for (int r = panel.getRow(); r < panel.getRow() + panel.getHeight(); r++) {
            for (int c = panel.getColumn(); c < panel.getColumn() + panel.getWidth(); c++) {
                if (taken[r][c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The panel's menu, made on its first right-click: a board opens quicker without eight menus made up front. */
    private Menu menu(PanelView view) {
        Menu menu = new Menu(view.control());
        Panel panel = view.panel();
        item(menu, "Move &Left", () -> move(panel, -1, 0));
        item(menu, "Move &Right", () -> move(panel, 1, 0));
        item(menu, "Move &Up", () -> move(panel, 0, -1));
        item(menu, "Move &Down", () -> move(panel, 0, 1));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Re&move Panel", () -> Boards.of(workspace).removePanel(panel));
        return menu;
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    /** A panel is dragged by its title, counts or chart (a click on a point still drills; tables keep theirs). */
    private void dragSource(Control control, Panel panel) {
        DragSource source = new DragSource(control, DND.DROP_MOVE);
        source.setTransfer(LocalSelectionTransfer.getTransfer());
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(panel));
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
    }

    /** A panel of this board dropped on the grid moves to the cell under the pointer. */
    private void dropTarget() {
        DropTarget target = new DropTarget(grid, DND.DROP_MOVE);
        target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = dragged() == null ? DND.DROP_NONE : DND.DROP_MOVE;
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                event.detail = dragged() == null ? DND.DROP_NONE : DND.DROP_MOVE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                Panel panel = dragged();
                if (panel != null) {
                    Point cell = cellAt(grid.toControl(event.x, event.y));
                    moveTo(panel, cell.x, cell.y);
                }
            }
        });
    }

    /** The panel of this board being dragged, or null. */
    private Panel dragged() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Panel panel && panel.eContainer() == board) {
            return panel;
        }
        return null;
    }

    /** The grid cell (column, row) at a point of the grid: its columns are equal, its rows share the height. */
    private Point cellAt(Point at) {
        Rectangle area = grid.getClientArea();
        int columns = ((GridLayout) grid.getLayout()).numColumns;
        int rows = Math.max(1, rowsShown);
        return new Point(Math.min(columns - 1, Math.max(0, at.x * columns / Math.max(1, area.width))),
                Math.min(rows - 1, Math.max(0, at.y * rows / Math.max(1, area.height))));
    }

    /** Moves a panel by one cell, swapping with the panel there (one undoable step). */
    void move(Panel panel, int columns, int rows) {
        moveTo(panel, panel.getColumn() + columns, panel.getRow() + rows);
    }

    /** Moves a panel to a cell, swapping with the panel there (one undoable step). */
    void moveTo(Panel panel, int toColumn, int toRow) {
        int column = Math.max(0, toColumn);
        int row = Math.max(0, toRow);
        if (column == panel.getColumn() && row == panel.getRow()) {
            return;
        }
        Boards boards = Boards.of(workspace);
        workspace.asOneCommand("Move panel", () -> {
            Panel there = at(boards.panels(board), column, row);
            if (there != null && there != panel) {
                boards.movePanel(there, panel.getColumn(), panel.getRow());
            }
            boards.movePanel(panel, column, row);
            return null;
        });
    }

    /**
     * Computes the panels not computed yet, those an index change touched and, after a model change, those that show
     * the model; each after taking the index's mark, so that what comes in while it computes counts as a change.
     */
    private IStatus computeAll(IProgressMonitor monitor) {
        long generation = wantedGeneration;
        boolean byIndex = indexChanged.getAndSet(false);
        boolean byModel = modelChangedSince.getAndSet(false);
        List<PanelView> wanted = new ArrayList<>();
        Boards boards = Boards.of(workspace);
        for (PanelView view : List.copyOf(views)) {
            IndexMark mark = marks.get(view);
            try {
                if (mark == null || (byModel && boards.readsModel(view.panel()))
                        || (byIndex && boards.touched(view.panel(), mark))) {
                    wanted.add(view);
                }
            } catch (Exception e) {
                wanted.add(view);
            }
        }
        // the panels side by side on the machine's cores: each reads the index on its own
        Instant now = Instant.now();
        Map<PanelView, Object> computed = new ConcurrentHashMap<>();
        wanted.parallelStream().forEach(view -> {
            if (monitor.isCanceled()) {
                return;
            }
            try {
                marks.put(view, boards.mark());
                computed.put(view, boards.compute(view.panel(), now));
            } catch (Exception e) {
                computed.put(view, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Map<PanelView, Object> results = new LinkedHashMap<>();
        wanted.forEach(view -> results.put(view, computed.get(view)));
        results.keySet().forEach(view -> computations.merge(view.panel(), 1, Integer::sum));
        // one panel a turn of the event loop, each turn posted after the last: showing a board of many panels keeps
        // nothing else posted meanwhile waiting for them all
        grid.getDisplay().asyncExec(() -> {
            results.forEach((view, result) -> turns.execute(() -> {
                if (!grid.isDisposed() && !view.group().isDisposed()) {
                    view.show(result instanceof PanelFigures f ? f : null, result instanceof String s ? s : null);
                }
            }));
            turns.execute(() -> computedGeneration = generation);
        });
        return Status.OK_STATUS;
    }

    /** The theme changed: the charts are drawn again in the panels' colours as the theme now sets them. */
    void restyle() {
        if (grid.isDisposed()) {
            return;
        }
        grid.getDisplay().asyncExec(() -> {
            for (PanelView view : views) {
                if (!view.group().isDisposed()) {
                    view.restyle();
                }
            }
        });
    }

    /** Opens the Search view on a query. */
    private void drill(String query) {
        try {
            ICommandService commands = getSite().getService(ICommandService.class);
            ParameterizedCommand search = ParameterizedCommand.generateCommand(commands.getCommand(SEARCH_COMMAND),
                    Map.of("query", query));
            getSite().getService(IHandlerService.class).executeCommand(search, null);
        } catch (Exception e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(grid.getShell(), "Search", "Cannot open the Search view: "
                    + e.getMessage());
        }
    }

    /** For tests: the panels shown, in reading order. */
    List<PanelView> panelsForTests() {
        return List.copyOf(views);
    }

    /** For tests: how many times a panel was computed since the editor opened. */
    int computationsForTests(Panel panel) {
        return computations.getOrDefault(panel, 0);
    }

    /**
     * True once every panel shows what the index holds now (no computation pending or running) and its chart is drawn.
     */
    public boolean isComputed() {
        return computedGeneration == wantedGeneration && compute.getState() == Job.NONE
                && views.stream().allMatch(PanelView::isDrawn);
    }

    @Override
    public void setFocus() {
        grid.setFocus();
    }

    @Override
    public void dispose() {
        session.removeChangeListener(modelChanged);
        PlatformUI.getWorkbench().getThemeManager().removePropertyChangeListener(themeChanged);
        stopWatchingIndex.run();
        if (compute != null) {
            compute.cancel();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // a board is saved with the workspace
    }

    @Override
    public void doSaveAs() {
        // not offered
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
