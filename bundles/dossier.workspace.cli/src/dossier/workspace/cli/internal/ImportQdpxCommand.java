package dossier.workspace.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.workspace.ArchiveException;
import dossier.workspace.QdpxImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Import a REFI-QDA project (.qdpx, as NVivo, ATLAS.ti, MAXQDA or QualCoder export it) into a"
        + " case file.",
        "Its codes become a new tag scheme (with their sets), each text source an item, each coded text selection a"
                + " clip at its position with its codes as tags and its notes, notes on sources and on the project"
                + " notes on the items and the case file. What Dossier cannot represent (pictures, PDFs, audio,"
                + " video, variables, cases, links, graphs) is listed, and so is each code that collides with an"
                + " existing tag." })
public final class ImportQdpxCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The project (.qdpx)")
    private Path file;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file to import into (created if new; default:"
            + " the project's name)")
    private String caseName;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("no file " + file);
        }
        QdpxImport.Result result;
        try {
            result = QdpxImport.importInto(workspace, file, caseName, Intake.ModelThread.CALLER);
        } catch (ArchiveException | ZipException e) {
            throw new CommandFailure(file.getFileName() + ": " + e.getMessage());
        }
        if (json.isSet()) {
            context.printJson(result);
            return 0;
        }
        var out = context.out();
        out.println(result.summary());
        result.collisions().forEach(collision -> out.println("  " + collision));
        if (!result.notImported().isEmpty()) {
            out.println("Not imported:");
            result.notImported().forEach(what -> out.println("  " + what));
        }
        return 0;
    }
}
