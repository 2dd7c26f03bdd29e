package dossier.boards.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dossier.boards.PanelFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Write each panel of a board to DIR as NN-title.csv: series as series,start,end,count,spike;"
        + " rankings as ranking,rank,account,value.")
public final class BoardExportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "BOARD", description = "The board's name or id")
    private String name;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default)")
    private String format;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    private Path out;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (!format.equals("csv")) {
            throw new CommandFailure("--format " + format + ": this command writes csv");
        }
        ComputedBoard board = ComputedBoard.of(workspace, name);
        Files.createDirectories(out);
        int n = 0;
        int failed = 0;
        for (ComputedBoard.Computed c : board.panels()) {
            n++;
            if (c.error() != null) {
                failed++;
                context.err().println("dossier board export: panel " + n + " (" + c.panel().getKind()
                        + ") cannot be computed: " + c.error());
                continue;
            }
            Path file = out.resolve(String.format("%02d-%s.csv", n, slug(c.figures().title())));
            AtomicFile.write(file, csv(c.figures()).getBytes(StandardCharsets.UTF_8));
            context.out().println(file);
        }
        return failed == 0 ? 0 : 1;
    }

    static String csv(PanelFigures figures) {
        StringBuilder csv = new StringBuilder();
        if (!figures.series().isEmpty()) {
            csv.append("series,start,end,count,spike\n");
            for (PanelFigures.Series s : figures.series()) {
                for (PanelFigures.Point p : s.points()) {
                    csv.append(quote(s.name())).append(',').append(p.start()).append(',').append(p.end()).append(',')
                            .append(p.count()).append(',').append(p.spike()).append('\n');
                }
            }
        }
        if (!figures.rankings().isEmpty()) {
            csv.append("ranking,rank,account,value\n");
            for (PanelFigures.Ranking r : figures.rankings()) {
                int rank = 1;
                for (PanelFigures.Entry e : r.entries()) {
                    csv.append(quote(r.name())).append(',').append(rank++).append(',').append(quote(e.account()))
                            .append(',').append(String.format(Locale.ROOT, "%.3f", e.value())).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value.matches("[^,\"\\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "panel" : slug;
    }
}
