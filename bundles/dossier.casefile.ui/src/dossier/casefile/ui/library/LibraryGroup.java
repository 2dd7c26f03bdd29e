package dossier.casefile.ui.library;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;

/**
 * A group of the Library below its case files (the workspace's sources, its saved searches ...), contributed through
 * the {@value LibraryGroups#EXTENSION_POINT} extension point. The Library reads a group's entries in a job when the
 * group says they may have changed (see {@link #watch}), and opens an entry on a double-click.
 */
public interface LibraryGroup {

    /** One entry of a group: its label and what it holds ("1,204 items"), or an empty detail. */
    record Entry(String id, String label, String detail) {
    }

    /** An entry selected in the Library, with its group's id: the Library's entries adapt to it (for other menus). */
    record Selected(String group, Entry entry) {
    }

    /** The group's entries, in the order shown; called in a job, never on the UI thread. */
    List<Entry> entries(ResearchWorkspace workspace) throws Exception;

    /**
     * Runs {@code stale} (on any thread) whenever the group's entries may have changed, until the returned runnable is
     * run; the Library then reads them again, once for a burst of calls. Called on the UI thread, once the workspace is
     * open; the returned runnable too. By default after every change to the workspace: a group whose entries depend on
     * less (its sources, its saved searches) says so with {@link ModelWatch} and its own events.
     */
    default Runnable watch(ResearchWorkspace workspace, Runnable stale) {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        session.addChangeListener(stale);
        return () -> session.removeChangeListener(stale);
    }

    /** Opens an entry, as a double-click in the Library does; called on the UI thread. */
    void open(IWorkbenchPage page, ResearchWorkspace workspace, Entry entry) throws Exception;
}
