package dossier.workspace.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.Tags;
import dossier.model.casefile.TagScheme;
import dossier.store.AtomicFile;
import dossier.workspace.Codebooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Export a tag scheme as a REFI-QDA codebook (.qdc), which NVivo, ATLAS.ti, MAXQDA and QualCoder"
        + " import.")
public final class CodebookExportCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "SCHEME", description = "The tag scheme's name or id")
    private String schemeName;

    @Parameters(index = "1", paramLabel = "FILE", description = "The codebook to write (.qdc); replaced if it exists")
    private Path file;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        TagScheme scheme = Codebooks.scheme(workspace, schemeName).orElseThrow(() -> new CommandFailure(
                "no tag scheme '" + schemeName + "'; there are: " + String.join(", ",
                        workspace.model().getTagSchemes().stream().map(TagScheme::getName).toList())));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFile.write(file, Codebooks.export(scheme));
        context.out().printf("exported %d codes of '%s' to %s%n", Tags.all(scheme).size(), scheme.getName(), file);
        return 0;
    }
}
