package dossier.index.cli.internal;

import java.util.Locale;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.index.SearchIndex;

/** A command on the workspace's search index: opens both, rebuilding the index first (synchronously) if needed. */
abstract class IndexCommand implements DossierCommand {

    @Override
    public final int run(CommandContext context) throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(context.workspace())) {
            for (String problem : workspace.problems()) {
                context.err().println("dossier: " + problem);
            }
            int exit = run(context, workspace);
            if (workspace.isDirty()) {
                workspace.save();
            }
            return exit;
        }
    }

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

    abstract int run(CommandContext context, ResearchWorkspace workspace) throws Exception;
}
