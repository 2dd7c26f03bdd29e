package dossier.workspace.cli.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.Tags;
import dossier.model.casefile.TagScheme;
import dossier.workspace.ArchiveException;
import dossier.workspace.Codebooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Import a REFI-QDA codebook (.qdc, as NVivo, ATLAS.ti, MAXQDA or QualCoder export it) as a new"
        + " tag scheme.")
public final class CodebookImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The codebook (.qdc)")
    private Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "The tag scheme's name (default: the file's name)")
    private String name;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        String schemeName = name != null ? name : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        TagScheme scheme;
        try (InputStream in = Files.newInputStream(file)) {
            scheme = Codebooks.importInto(workspace, in, schemeName);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("no codebook " + file);
        } catch (ArchiveException e) {
            throw new CommandFailure(file.getFileName() + ": " + e.getMessage());
        }
        context.out().printf("imported %d codes as tag scheme '%s'%n", Tags.all(scheme).size(), scheme.getName());
        return 0;
    }
}
