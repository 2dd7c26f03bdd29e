package dossier.casefile.ui.library;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;

import dossier.casefile.ResearchWorkspace;

/**
 * A group of the Library below its case files (the workspace's sources, its saved searches ...), contributed through
 * the {@value LibraryGroups#EXTENSION_POINT} extension point. The Library reads a group's entries in a job whenever
 * the workspace changes, and opens an entry on a double-click.
 */
public interface LibraryGroup {

    /** One entry of a group: its label and what it holds ("1,204 items"), or an empty detail. */
    record Entry(String id, String label, String detail) {
    }

    /** The group's entries, in the order shown; called in a job, never on the UI thread. */
    List<Entry> entries(ResearchWorkspace workspace) throws Exception;

    /** Opens an entry, as a double-click in the Library does; called on the UI thread. */
    void open(IWorkbenchPage page, ResearchWorkspace workspace, Entry entry) throws Exception;
}
