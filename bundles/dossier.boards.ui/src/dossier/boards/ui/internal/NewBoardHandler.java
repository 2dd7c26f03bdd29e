package dossier.boards.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Board;

/**
 * Asks for a name, makes a board with volume over time (of every item, by the range) beside who matters, as one
 * undoable step, and opens it.
 */
public final class NewBoardHandler extends AbstractHandler {

    public static final String TITLE = "New Board";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        Boards boards = Boards.of(workspace);
        InputDialog ask = new InputDialog(window.getShell(), TITLE, "Name of the board:", "Monitoring",
                name -> name.isBlank() ? "Give the board a name"
                        : boards.find(name.strip()).isPresent() ? "A board of that name exists" : null);
        if (ask.open() != Window.OK) {
            return null;
        }
        Board board = workspace.asOneCommand(TITLE, () -> {
            Board made = boards.create(ask.getValue().strip());
            boards.addPanel(made, "volume", "Volume over time", Map.of(), 0, 0, 1, 1);
            boards.addPanel(made, "who-matters", "Who matters", Map.of(), 1, 0, 1, 1);
            return made;
        });
        try {
            window.getActivePage().openEditor(new BoardEditorInput(board.getId(), board.getName()), BoardEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the board", e);
        }
        return null;
    }
}
