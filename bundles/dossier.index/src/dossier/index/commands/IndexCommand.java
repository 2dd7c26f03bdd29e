package dossier.index.commands;

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

    /** Opens the index; a rebuild it needs runs now, saying so and showing progress on stderr. */
    static SearchIndex open(CommandContext context, ResearchWorkspace workspace) throws Exception {
        boolean[] announced = { false };
        SearchIndex index = SearchIndex.of(workspace, SearchIndex.Rebuild.SYNCHRONOUS, progress(context, announced));
        if (index.openProblem() != null && !announced[0]) {
            context.err().println("dossier: " + index.openProblem() + "; rebuilt it from the store (synchronously)");
        }
        return index;
    }

    static SearchIndex.Progress progress(CommandContext context, boolean[] announced) {
        return (done, total) -> {
            if (!announced[0]) {
                announced[0] = true;
            }
            context.err().printf(Locale.ROOT, "\rdossier: indexing %,d of %,d items (%d %%)%s", done, total,
                    total == 0 ? 100 : done * 100L / total, done == total ? "\n" : "");
        };
    }

    abstract int run(CommandContext context, ResearchWorkspace workspace) throws Exception;
}
