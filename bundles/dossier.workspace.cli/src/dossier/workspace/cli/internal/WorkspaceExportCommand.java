package dossier.workspace.cli.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.workspace.ArchiveManifest;
import dossier.workspace.WorkspaceArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Export the workspace as a .dossier archive: case files, tag schemes, saved searches, sources"
        + " and captures, with a manifest of every entry's size and SHA-256.")
public final class WorkspaceExportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The archive to write (.dossier); replaced if it exists")
    private Path file;

    @Option(names = "--with-index", description = "Include the search index (else it is rebuilt on import)")
    private boolean withIndex;

    @Option(names = "--template", description = "Mark the archive as a template for 'dossier workspace new"
            + " --from-template'")
    private boolean template;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        ArchiveManifest manifest = WorkspaceArchive.export(workspace, file, withIndex, template,
                new NullProgressMonitor());
        long bytes = manifest.entries().stream().mapToLong(ArchiveManifest.Entry::size).sum();
        context.out().printf("exported %d case files, %d items (%d entries, %,d bytes%s%s) to %s%n",
                workspace.caseFiles().size(), workspace.store().size(), manifest.entries().size(), bytes,
                withIndex ? ", with the index" : "", template ? ", marked as a template" : "", file);
        return 0;
    }
}
