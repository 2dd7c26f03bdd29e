package dossier.boards.cli.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.boards.Boards;
import dossier.boards.PanelFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandFailure;
import dossier.index.QuerySyntaxException;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;

/** A board's panels computed now, for show and export: each panel's figures, or why it could not be computed. */
record ComputedBoard(Board board, List<Computed> panels) {

    record Computed(Panel panel, PanelFigures figures, String error) {
    }

    static ComputedBoard of(ResearchWorkspace workspace, String name) throws CommandFailure {
        Boards boards = Boards.of(workspace);
        Board board = boards.find(name).orElseThrow(() -> new CommandFailure("no board '" + name + "'"));
        Instant now = Instant.now();
        List<Computed> panels = new ArrayList<>();
        for (Panel panel : boards.panels(board)) {
            try {
                panels.add(new Computed(panel, boards.compute(panel, now), null));
            } catch (IOException | QuerySyntaxException | IllegalArgumentException e) {
                panels.add(new Computed(panel, null, e.getMessage()));
            }
        }
        return new ComputedBoard(board, panels);
    }

    /** The board as JSON-ready maps: every panel's place, series (with every point) and rankings. */
    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("board", board.getName());
        List<Object> list = new ArrayList<>();
        for (Computed c : panels) {
            Map<String, Object> panel = new LinkedHashMap<>();
            panel.put("kind", c.panel().getKind());
            panel.put("title", c.figures() == null ? c.panel().getTitle() : c.figures().title());
            panel.put("column", c.panel().getColumn());
            panel.put("row", c.panel().getRow());
            panel.put("width", c.panel().getWidth());
            panel.put("height", c.panel().getHeight());
            if (c.error() != null) {
                panel.put("error", c.error());
            } else {
                panel.put("shares", c.figures().shares());
                panel.put("series", c.figures().series().stream().map(ComputedBoard::series).toList());
                panel.put("rankings", c.figures().rankings().stream().map(ComputedBoard::ranking).toList());
                Map<String, Object> counts = new LinkedHashMap<>();
                c.figures().counts().forEach(count -> counts.put(count.name(), count.value()));
                panel.put("counts", counts);
                panel.put("tables", c.figures().tables().stream().map(ComputedBoard::table).toList());
            }
            list.add(panel);
        }
        json.put("panels", list);
        return json;
    }

    private static Map<String, Object> series(PanelFigures.Series s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", s.name());
        json.put("query", s.query());
        json.put("bucket", s.bucket());
        json.put("total", s.total());
        json.put("points", s.points().stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("start", p.start().toString());
            point.put("end", p.end().toString());
            point.put("count", p.count());
            point.put("spike", p.spike());
            point.put("drillQuery", p.drillQuery());
            return point;
        }).toList());
        return json;
    }

    private static Map<String, Object> ranking(PanelFigures.Ranking r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name());
        json.put("unit", r.unit());
        json.put("entries", r.entries().stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("account", e.account());
            entry.put("value", e.value());
            entry.put("drillQuery", e.drillQuery());
            return entry;
        }).toList());
        return json;
    }

    private static Map<String, Object> table(PanelFigures.Table t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", t.name());
        json.put("columns", t.columns());
        json.put("rows", t.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cells", r.cells());
            row.put("marked", r.marked());
            row.put("drillQuery", r.drillQuery());
            return row;
        }).toList());
        return json;
    }
}
