package dossier.report.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.CaseFile;
import dossier.report.CaseFileSnapshot;
import dossier.report.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(description = { "Export a case file: a printable HTML or PDF report (clips grouped by tag with their notes,"
        + " sources with capture time and SHA-256, cross-references), a CSV of its items and clips (UTF-8 with a"
        + " byte-order mark), or its clips, notes, tags and links as W3C Web Annotations (JSON-LD).",
        "The file is replaced atomically: if writing fails, an existing file is left as it was." })
public final class ExportCommand extends WorkspaceCommand {

    @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case file's title or id")
    private String caseName;

    @Option(names = "--format", required = true, paramLabel = "html|pdf|csv|w3c", converter = FormatConverter.class,
            description = "What to write")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write")
    private Path out;

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "'; use one of "
                        + Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        CaseFile caseFile = workspace.caseFile(caseName).orElseThrow(
                () -> new CommandFailure("no case file named '" + caseName + "'; 'dossier case list' lists them"));
        Path file = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(file.getParent())) {
            throw new CommandFailure("cannot write " + file + ": the folder " + file.getParent() + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailure("cannot write " + file + ": it is a folder; give a file name");
        }
        CaseFileSnapshot snapshot = CaseFileSnapshot.of(workspace, caseFile);
        format.write(snapshot, file);
        context.out().println("wrote " + file + "  (" + format.label() + ": " + count(snapshot.items().size(), "item")
                + ", " + count(snapshot.clips().size(), "clip") + ", " + Files.size(file) + " bytes)");
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
