package dossier.workspace.cli.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.workspace.ArchiveException;
import dossier.workspace.SampleWorkspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Create a workspace in a new folder: the sample (the social-sharing playbook codebook and an"
        + " example case file) or a copy of a trainer's template archive.")
public final class WorkspaceNewCommand implements DossierCommand {

    @Parameters(paramLabel = "DIR", description = "The new workspace's folder (must not hold a workspace)")
    private Path folder;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private From from;

    static final class From {
        @Option(names = "--from-sample", required = true, description = "The sample workspace shipped with Dossier")
        boolean sample;

        @Option(names = "--from-template", required = true, paramLabel = "FILE", description = "A .dossier archive"
                + " exported with --template")
        Path template;
    }

    @Override
    public int run(CommandContext context) throws Exception {
        if (from.sample) {
            try {
                SampleWorkspace.create(folder, new NullProgressMonitor());
            } catch (ArchiveException e) {
                throw new CommandFailure(e.getMessage());
            }
            context.out().println("created the sample workspace in " + folder + ": open it with 'dossier -data "
                    + folder + "'");
            return 0;
        }
        context.out().println(Archives.describe(Archives.importArchive(from.template, folder, false, true), folder));
        return 0;
    }
}
