package dossier.boards.ui.internal;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.library.LibraryGroup;
import dossier.casefile.ui.library.ModelWatch;
import dossier.model.casefile.CasefilePackage.Literals;

/** The Library's "Boards": each with its number of panels; opening one opens the board editor. */
public final class BoardsLibraryGroup implements LibraryGroup {

    @Override
    public List<Entry> entries(ResearchWorkspace workspace) {
        Boards boards = Boards.of(workspace);
        return boards.list().stream().map(b -> {
            int panels = boards.panels(b).size();
            return new Entry(b.getId(), b.getName(), panels + (panels == 1 ? " panel" : " panels"));
        }).toList();
    }

    @Override
    public Runnable watch(ResearchWorkspace workspace, Runnable stale) {
        return ModelWatch.watch(workspace, Literals.WORKSPACE_MODEL__BOARDS, stale);
    }

    @Override
    public void open(IWorkbenchPage page, ResearchWorkspace workspace, Entry entry) throws Exception {
        page.openEditor(new BoardEditorInput(entry.id(), entry.label()), BoardEditor.ID);
    }
}
