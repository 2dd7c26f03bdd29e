package dossier.casefile.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.LocalFiles;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Import local .txt, .md and .html files as items, keeping their original bytes and"
        + " extracted text.", "Folders are imported with everything importable inside. Items go into the case"
                + " file named by --case (created if new), else the Inbox. A file already imported is not"
                + " duplicated; a changed file becomes a new capture of the same item and its clips re-anchor.",
        "Prints each item's id." })
public final class ImportCommand extends WorkspaceCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to import")
    private List<Path> paths;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file to file the items in")
    private String caseName;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag for every imported item (Parent/Child for a"
            + " tag in a hierarchy); repeatable")
    private List<String> tags = new ArrayList<>();

    @Mixin
    private JsonOption json;

    @Override
    protected boolean changesThroughIntake() {
        return true;
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = LocalFiles.expand(paths, problems);
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseName, tags));
        List<Map<String, String>> imported = new ArrayList<>();
        for (Path file : files) {
            try {
                LocalFiles.Read read = LocalFiles.read(file);
                PutResult result = batch.put(read.capture());
                if (read.warning() != null) {
                    context.err().println("dossier import: " + file + ": " + read.warning());
                }
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", result.id());
                line.put("outcome", result.outcome().name().toLowerCase().replace('_', ' '));
                line.put("title", read.capture().title());
                line.put("file", file.toString());
                imported.add(line);
            } catch (IOException | RuntimeException e) {
                problems.add(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        workspace.intake().file(batch, modelThread());
        if (json.isSet()) {
            context.printJson(imported);
        } else {
            for (Map<String, String> line : imported) {
                context.out().printf("%s  %-9s  %s%n", line.get("id"), line.get("outcome"), line.get("title"));
            }
        }
        for (String problem : problems) {
            context.err().println("dossier import: skipped " + problem);
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
