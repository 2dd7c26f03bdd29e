package dossier.index.cli.internal;

import java.util.Locale;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.index.SearchIndex;

/** A command on the workspace's search index: opens it, rebuilding it first (synchronously) if needed. */
abstract class IndexCommand extends WorkspaceCommand {

    /** Opens the index; a rebuild it needs runs now, saying why and showing progress on stderr. */
    static SearchIndex open(CommandContext context, ResearchWorkspace workspace) throws Exception {
        return SearchIndex.of(workspace, SearchIndex.Rebuild.SYNCHRONOUS, progress(context));
    }

    static SearchIndex.Progress progress(CommandContext context) {
        return new SearchIndex.Progress() {
            @Override
            public void starting(String reason) {
                context.err().println("dossier: " + reason + "; rebuilding it from the store now (synchronously)");
            }

            @Override
            public void rebuilt(int done, int total) {
                context.err().printf(Locale.ROOT, "\rdossier: indexed %,d of %,d items (%d %%)%s", done, total,
                        total == 0 ? 100 : done * 100L / total, done == total ? "\n" : "");
            }
        };
    }

}
