package dossier.workspace.cli.internal;

import java.nio.file.Path;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.workspace.WorkspaceImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Import a .dossier archive into a new workspace folder. Every entry is checked (name, symbolic"
        + " link, duplicate, size, SHA-256) before anything is written; the search index is rebuilt if the archive"
        + " has none or one of another version.")
public final class WorkspaceImportCommand implements DossierCommand {

    @Parameters(paramLabel = "FILE", description = "The .dossier archive")
    private Path file;

    @Option(names = "--into", paramLabel = "DIR", required = true, description = "The new workspace's folder (must"
            + " not hold a workspace)")
    private Path into;

    @Option(names = "--training", description = "Training mode: the trainer's case files, codebooks, saved searches"
            + " and sources are read-only; clip into case files of your own")
    private boolean training;

    @Override
    public int run(CommandContext context) throws Exception {
        WorkspaceImport.Report report = Archives.importArchive(file, into, training, false);
        context.out().println(Archives.describe(report, into) + (training ? "; training mode" : ""));
        return 0;
    }
}
