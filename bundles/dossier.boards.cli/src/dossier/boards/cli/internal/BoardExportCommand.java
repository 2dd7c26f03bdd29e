package dossier.boards.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import dossier.boards.PanelFigures;
import dossier.boards.charts.Charts;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Write each panel of a board to DIR, as the board editor draws it (svg, png: NN-title.svg, and"
        + " NN-title-K.svg for a panel's K-th chart: its counts, then its rankings) or its figures (csv: series as"
        + " series,start,end,count,spike; rankings as ranking,rank,account,value; counts as count,value; tables as"
        + " table then their columns)." })
public final class BoardExportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "BOARD", description = "The board's name or id")
    private String name;

    @Option(names = "--format", defaultValue = "svg", description = "svg (default), png or csv")
    private String format;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "800x400", description = "Of a chart")
    private String size;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    private Path out;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (!List.of("svg", "png", "csv").contains(format)) {
            throw new CommandFailure("--format is svg, png or csv, not '" + format + "'");
        }
        if (!size.matches("\\d{2,5}x\\d{2,5}")) {
            throw new CommandFailure("--size is WIDTHxHEIGHT in pixels, e.g. 800x400, not '" + size + "'");
        }
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
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
            String base = String.format("%02d-%s", n, slug(c.figures().title()));
            if (format.equals("csv")) {
                write(context, out.resolve(base + ".csv"), csv(c.figures()).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            List<JFreeChart> charts = Charts.all(c.figures(), Charts.Theme.LIGHT);
            for (int k = 0; k < charts.size(); k++) {
                String name = base + (k == 0 ? "" : "-" + k) + "." + format;
                write(context, out.resolve(name), format.equals("svg")
                        ? Charts.svg(charts.get(k), width, height).getBytes(StandardCharsets.UTF_8)
                        : Charts.png(charts.get(k), width, height));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void write(CommandContext context, Path file, byte[] content) throws java.io.IOException {
        AtomicFile.write(file, content);
        context.out().println(file);
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
        if (!figures.counts().isEmpty()) {
            csv.append("count,value\n");
            figures.counts().forEach(c -> csv.append(quote(c.name())).append(',').append(c.value()).append('\n'));
        }
        for (PanelFigures.Table t : figures.tables()) {
            csv.append("table,").append(String.join(",", t.columns().stream().map(BoardExportCommand::quote).toList()))
                    .append('\n');
            for (PanelFigures.Row r : t.rows()) {
                csv.append(quote(t.name())).append(',').append(String.join(",", r.cells().stream()
                        .map(BoardExportCommand::quote).toList())).append('\n');
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
