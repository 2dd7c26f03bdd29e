package dossier.report.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;

import dossier.boards.Boards;
import dossier.boards.charts.BoardFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.model.casefile.Board;
import dossier.model.casefile.CaseFile;
import dossier.report.CaseFileSnapshot;
import dossier.report.ExportFormat;
import dossier.report.ReportFigures;
import dossier.report.WebAnnotationExport;
import dossier.workspace.QdpxExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(description = { "Export a case file: a printable HTML or PDF report (clips grouped by tag with their notes,"
        + " sources with capture time and SHA-256, cross-references), a CSV of its items and clips (UTF-8 with a"
        + " byte-order mark), its clips, notes, tags and links as W3C Web Annotations (JSON-LD), or a REFI-QDA project"
        + " (.qdpx: sources, codes, codings, notes, for NVivo, ATLAS.ti, MAXQDA, QualCoder).",
        "W3C Web Annotations also export for one clip (--clip, a single Annotation) or the whole workspace (--all,"
                + " one AnnotationCollection).",
        "The file is replaced atomically: if writing fails, an existing file is left as it was." })
public final class ExportCommand extends WorkspaceCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Scope scope;

    static final class Scope {
        @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case file's title or id")
        String caseName;

        @Option(names = "--clip", required = true, paramLabel = "ID", description = "One clip (w3c only)")
        String clipId;

        @Option(names = "--all", required = true, description = "Every case file of the workspace (w3c only)")
        boolean all;
    }

    @Option(names = "--format", required = true, paramLabel = "html|pdf|csv|w3c|qdpx",
            converter = FormatConverter.class, description = "What to write (qdpx: a REFI-QDA project)")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write")
    private Path out;

    @Option(names = "--board", paramLabel = "BOARD", description = "Include a board's panels as charts (html: SVG;"
            + " pdf: vector graphics), after the report's header; repeat it for several boards")
    private List<String> boards = new ArrayList<>();

    /** A report format's name, or qdpx. */
    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            if (QDPX.equals(name)) {
                return name;
            }
            try {
                ExportFormat.named(name);
                return name;
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>(Arrays.stream(ExportFormat.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
                names.add(QDPX);
                throw new TypeConversionException("unknown format '" + value + "'; use one of " + names);
            }
        }
    }

    private static final String QDPX = QdpxExport.EXTENSION;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        Path file = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(file.getParent())) {
            throw new CommandFailure("cannot write " + file + ": the folder " + file.getParent() + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailure("cannot write " + file + ": it is a folder; give a file name");
        }
        if (!boards.isEmpty() && !List.of("html", "pdf").contains(format)) {
            throw new CommandFailure("--board puts charts into an html or pdf report, not into " + format);
        }
        if (QDPX.equals(format)) {
            return qdpx(context, workspace, file);
        }
        ExportFormat report = ExportFormat.named(format);
        if (scope.caseName == null && report != ExportFormat.W3C) {
            throw new CommandFailure("--clip and --all export W3C Web Annotations or a qdpx project only; add"
                    + " --format w3c or --format qdpx");
        }
        if (scope.clipId != null) {
            CaseFile caseFile = workspace.caseFiles().stream().filter(c -> c.getClips().stream()
                    .anyMatch(clip -> clip.getId().equals(scope.clipId))).findFirst().orElseThrow(
                            () -> new CommandFailure("no clip " + scope.clipId + "; 'dossier case show' lists them"));
            JsonObject annotation = WebAnnotationExport.clip(CaseFileSnapshot.of(workspace, caseFile), scope.clipId,
                    ExportFormat.creator());
            WebAnnotationExport.write(annotation, file);
            context.out().println("wrote " + file + "  (" + report.label() + ": 1 clip, " + Files.size(file)
                    + " bytes)");
            return 0;
        }
        if (scope.all) {
            List<CaseFileSnapshot> snapshots = new ArrayList<>();
            for (CaseFile caseFile : workspace.caseFiles()) {
                snapshots.add(CaseFileSnapshot.of(workspace, caseFile));
            }
            String name = String.valueOf(workspace.folder().getFileName());
            JsonObject collection = WebAnnotationExport.workspace(name, name, snapshots, ExportFormat.creator());
            WebAnnotationExport.write(collection, file);
            context.out().println("wrote " + file + "  (" + report.label() + ": " + count(snapshots.size(),
                    "case file") + ", " + count(collection.get("total").getAsInt(), "annotation") + ", "
                    + Files.size(file) + " bytes)");
            return 0;
        }
        CaseFile caseFile = workspace.caseFile(scope.caseName).orElseThrow(() -> new CommandFailure(
                "no case file named '" + scope.caseName + "'; 'dossier case list' lists them"));
        CaseFileSnapshot snapshot = CaseFileSnapshot.of(workspace, caseFile);
        ReportFigures figures = boards.isEmpty() ? ReportFigures.NONE : boardFigures(workspace);
        report.write(snapshot, figures, file);
        context.out().println("wrote " + file + "  (" + report.label() + ": " + count(snapshot.items().size(), "item")
                + ", " + count(snapshot.clips().size(), "clip") + (boards.isEmpty() ? "" : ", " + count(figures
                        .figures().size(), "chart")) + ", " + Files.size(file) + " bytes)");
        return 0;
    }

    /** The charts of the boards named by --board, in that order. */
    private ReportFigures boardFigures(ResearchWorkspace workspace) throws CommandFailure {
        List<Board> chosen = new ArrayList<>();
        for (String name : boards) {
            chosen.add(Boards.of(workspace).find(name).orElseThrow(() -> new CommandFailure("no board '" + name
                    + "'; 'dossier board list' lists them")));
        }
        try {
            return BoardFigures.of(workspace, chosen, Instant.now());
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The case file, or every case file (--all), as a REFI-QDA project. */
    private int qdpx(CommandContext context, ResearchWorkspace workspace, Path file) throws Exception {
        if (scope.clipId != null) {
            throw new CommandFailure("a qdpx project holds case files: use --case NAME or --all");
        }
        List<CaseFile> caseFiles = new ArrayList<>();
        String name;
        if (scope.all) {
            caseFiles.addAll(workspace.caseFiles());
            name = String.valueOf(workspace.folder().getFileName());
        } else {
            CaseFile caseFile = workspace.caseFile(scope.caseName).orElseThrow(() -> new CommandFailure(
                    "no case file named '" + scope.caseName + "'; 'dossier case list' lists them"));
            caseFiles.add(caseFile);
            name = caseFile.getTitle();
        }
        QdpxExport.Written written = QdpxExport.write(workspace, caseFiles, name, ExportFormat.creator(), file);
        context.out().println("wrote " + file + "  (REFI-QDA project: " + count(written.sources(), "source") + ", "
                + count(written.selections(), "selection") + ", " + count(written.codes(), "code") + ", "
                + count(written.notes(), "note") + ", " + Files.size(file) + " bytes)");
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
