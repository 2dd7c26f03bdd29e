package dossier.boards;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dossier.casefile.ResearchWorkspace;
import dossier.core.extensions.Contributions;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchIndex;
import dossier.model.Ids;
import dossier.model.casefile.Board;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Panel;

/**
 * The boards of a workspace: listed from the model, changed through its command stack (undoable, saved with the
 * workspace), their panels computed from the search index.
 */
public final class Boards {

    private final ResearchWorkspace workspace;

    private Boards(ResearchWorkspace workspace) {
        this.workspace = workspace;
    }

    public static Boards of(ResearchWorkspace workspace) {
        return new Boards(workspace);
    }

    /** The boards, in the model's order. */
    public List<Board> list() {
        return workspace.readModel(() -> List.copyOf(workspace.model().getBoards()));
    }

    /** The board with this id, else this name (ignoring case). */
    public Optional<Board> find(String idOrName) {
        List<Board> boards = list();
        return boards.stream().filter(b -> b.getId().equals(idOrName)).findFirst()
                .or(() -> boards.stream().filter(b -> idOrName.equalsIgnoreCase(b.getName())).findFirst());
    }

    public Board create(String name) {
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("a board named '" + name + "' exists already");
        }
        Board board = CasefileFactory.eINSTANCE.createBoard();
        board.setId(Ids.newId());
        board.setName(name);
        execute(AddCommand.create(domain(), workspace.model(), Literals.WORKSPACE_MODEL__BOARDS, board));
        return board;
    }

    public void delete(Board board) {
        execute(RemoveCommand.create(domain(), workspace.model(), Literals.WORKSPACE_MODEL__BOARDS, board));
    }

    /**
     * Adds a panel of a kind (see {@link PanelKinds}) at a cell of the grid, spanning {@code width} x {@code height}
     * cells.
     */
    public Panel addPanel(Board board, String kind, String title, Map<String, String> parameters, int column, int row,
            int width, int height) {
        if (PanelKinds.find(kind).isEmpty()) {
            throw new IllegalArgumentException("no panel kind '" + kind + "'; the kinds are "
                    + String.join(", ", PanelKinds.all().stream().map(PanelKinds.Descriptor::id).toList()));
        }
        Panel panel = CasefileFactory.eINSTANCE.createPanel();
        panel.setId(Ids.newId());
        panel.setKind(kind);
        panel.setTitle(title);
        panel.setColumn(Math.max(0, column));
        panel.setRow(Math.max(0, row));
        panel.setWidth(Math.max(1, width));
        panel.setHeight(Math.max(1, height));
        panel.getParameters().putAll(parameters);
        execute(AddCommand.create(domain(), board, Literals.BOARD__PANELS, panel));
        return panel;
    }

    /** Moves a panel to another cell: one undoable step. */
    public void movePanel(Panel panel, int column, int row) {
        CompoundCommand move = new CompoundCommand("Move panel");
        move.append(SetCommand.create(domain(), panel, Literals.PANEL__COLUMN, Math.max(0, column)));
        move.append(SetCommand.create(domain(), panel, Literals.PANEL__ROW, Math.max(0, row)));
        execute(move);
    }

    public void removePanel(Panel panel) {
        execute(RemoveCommand.create(domain(), panel.eContainer(), Literals.BOARD__PANELS, panel));
    }

    /** The panels of a board in reading order: by row, then column. */
    public List<Panel> panels(Board board) {
        return workspace.readModel(() -> board.getPanels().stream()
                .sorted(java.util.Comparator.comparingInt(Panel::getRow).thenComparingInt(Panel::getColumn))
                .toList());
    }

    /** Computes a panel's figures from the index (opened if it was not); on the calling thread, never the UI's. */
    public PanelFigures compute(Panel panel, Instant now) throws IOException, QuerySyntaxException {
        String title = workspace.readModel(panel::getTitle);
        Kind kind = kind(panel);
        PanelFigures figures = kind.kind().compute(input(panel, now));
        String shown = title == null || title.isBlank() ? kind.descriptor().label() : title;
        return figures.titled(shown);
    }

    /**
     * The index as it is now, to take before computing panels and to ask {@link #touched} later; on the calling
     * thread, never the UI's.
     */
    public IndexMark mark() throws IOException {
        return IndexMark.of(index());
    }

    /**
     * Whether a panel computed at {@code mark} may show something else now that the index changed: the index took
     * items its queries find, or changed or removed items (see {@link IndexMark}); a panel that cannot say is touched.
     */
    public boolean touched(Panel panel, IndexMark mark) throws IOException {
        List<String> queries = kind(panel).kind().queries(input(panel, Instant.now()));
        if (queries.isEmpty()) {
            return false;
        }
        for (String query : queries) {
            try {
                if (mark.touched(index(), query)) {
                    return true;
                }
            } catch (QuerySyntaxException e) {
                return true;
            }
        }
        return false;
    }

    /** Whether a panel shows the workspace model too (computed again when the model changes). */
    public boolean readsModel(Panel panel) throws IOException {
        return kind(panel).kind().readsModel();
    }

    private record Kind(PanelKinds.Descriptor descriptor, PanelKind kind) {
    }

    private Kind kind(Panel panel) throws IOException {
        String kindId = workspace.readModel(panel::getKind);
        PanelKinds.Descriptor descriptor = PanelKinds.find(kindId)
                .orElseThrow(() -> new IOException("no panel kind '" + kindId + "' is installed"));
        try {
            return new Kind(descriptor, descriptor.shared());
        } catch (Contributions.Failure e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private PanelInput input(Panel panel, Instant now) throws IOException {
        Map<String, String> parameters = workspace.readModel(() -> new LinkedHashMap<>(panel.getParameters()));
        return new PanelInput(workspace, index(), parameters, now);
    }

    private SearchIndex index() throws IOException {
        return SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND, SearchIndex.Progress.NONE);
    }

    private EditingDomain domain() {
        return workspace.editingDomain();
    }

    private void execute(Command command) {
        if (!command.canExecute()) {
            throw new IllegalStateException("cannot " + command.getLabel());
        }
        domain().getCommandStack().execute(command);
    }
}
