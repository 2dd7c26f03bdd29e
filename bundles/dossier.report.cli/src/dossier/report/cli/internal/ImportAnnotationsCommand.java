package dossier.report.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonElement;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.report.WebAnnotationImport;
import dossier.report.WebAnnotationImport.Imported;
import dossier.report.WebAnnotationImport.Unmatched;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Import W3C Web Annotations (a collection exported by Dossier or another annotator) or a"
        + " Hypothesis export into a case file.",
        "Each annotation is matched to the item with its target URL (canonical URL or URL) and anchored on the item's"
                + " text by its quote and context; its notes and tags come along, links become cross-references."
                + " Annotations that match no item, or whose quote is not in the item, are listed, not dropped."
                + " Importing the same file again adds nothing." })
public final class ImportAnnotationsCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The annotations (JSON or JSON-LD)")
    private Path file;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file to import into (created if new; default:"
            + " the collection's label, else the Inbox)")
    private String caseName;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        JsonElement annotations;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            annotations = WebAnnotationImport.read(reader);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("no file " + file);
        } catch (IOException e) {
            throw new CommandFailure(file + ": " + e.getMessage());
        }
        WebAnnotationImport.Result result;
        try {
            result = WebAnnotationImport.importInto(workspace, annotations, caseName);
        } catch (IOException e) {
            throw new CommandFailure(file + ": " + e.getMessage());
        }
        if (json.isSet()) {
            context.printJson(result);
            return 0;
        }
        var out = context.out();
        out.println(result.annotations() + " annotations: " + result.imported().size() + " imported into '"
                + result.caseFile() + "', " + result.alreadyThere() + " already there, " + result.unmatched().size()
                + " unmatched" + (result.notApplicable().isEmpty() ? ""
                        : ", " + result.notApplicable().size() + " not applicable"));
        for (Imported imported : result.imported()) {
            out.println("  " + imported.kind() + " " + imported.id() + ("clip".equals(imported.kind())
                    ? " on item " + imported.itemId() : "") + (imported.anchoring() == null ? ""
                            : " (" + imported.anchoring() + ")") + "  from " + imported.annotationId());
        }
        list(out, "Unmatched:", result.unmatched());
        list(out, "Not applicable:", result.notApplicable());
        return 0;
    }

    private static void list(PrintStream out, String heading, List<Unmatched> unmatched) {
        if (unmatched.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Unmatched each : unmatched) {
            out.println("  " + each.annotationId() + (each.exact() == null ? ""
                    : "  \u201c" + abbreviate(each.exact()) + "\u201d") + ": " + each.reason());
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "\u2026";
    }
}
