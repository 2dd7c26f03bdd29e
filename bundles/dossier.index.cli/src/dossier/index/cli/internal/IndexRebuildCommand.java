package dossier.index.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.index.SearchIndex;
import picocli.CommandLine.Command;

@Command(description = { "Rebuild the search index from the store and the case files (progress on stderr).",
        "The index is derived: nothing is lost by rebuilding it. Tags and case-file changes made since an item was"
                + " imported are picked up." })
public final class IndexRebuildCommand extends IndexCommand {

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        long start = System.nanoTime();
        SearchIndex index = open(context, workspace);
        if (index.openProblem() == null) {
            try {
                index.rebuild(progress(context));
            } catch (IllegalStateException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
        context.out().printf(java.util.Locale.ROOT, "rebuilt the index: %,d documents in %.1f s%n",
                index.status().documents(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
