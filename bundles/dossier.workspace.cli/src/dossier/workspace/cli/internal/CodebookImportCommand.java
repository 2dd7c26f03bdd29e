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

@Command(description = { "Import a REFI-QDA codebook (.qdc, as NVivo, ATLAS.ti, MAXQDA or QualCoder export it) as a new"
        + " tag scheme; its Sets (code groups) become the scheme's tag sets.",
        "A code whose guid an existing tag has gets a new id; a code whose path a tag of another scheme has is"
                + " imported beside it. Each such collision is printed with what was done." })
public final class CodebookImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The codebook (.qdc)")
    private Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "The tag scheme's name (default: the file's name)")
    private String name;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        String schemeName = name != null ? name : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Codebooks.Imported imported;
        try (InputStream in = Files.newInputStream(file)) {
            imported = Codebooks.importInto(workspace, in, schemeName);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("no codebook " + file);
        } catch (ArchiveException e) {
            throw new CommandFailure(file.getFileName() + ": " + e.getMessage());
        }
        TagScheme scheme = imported.scheme();
        context.out().printf("imported %d codes%s as tag scheme '%s'%n", Tags.all(scheme).size(),
                scheme.getSets().isEmpty() ? "" : " and " + scheme.getSets().size() + (scheme.getSets().size() == 1
                        ? " set" : " sets"), scheme.getName());
        imported.collisions().forEach(collision -> context.out().println("  " + collision));
        return 0;
    }
}
