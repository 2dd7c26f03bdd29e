package dossier.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.boards.Boards;
import dossier.boards.PanelFigures;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.cli.internal.CommandRunner;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.model.casefile.Board;
import dossier.model.casefile.Source;
import dossier.model.casefile.Tag;

/** The In-tray and Sources panels on items with known counts: figures, board show --json and the CSV export. */
class InTrayAndSourcesTest {

    @TempDir
    Path temp;

    @Test
    void theInTrayPanelCountsOpenNewAndDoneAsTheTagsViewDoes() throws Exception {
        Path folder = temp.resolve("workspace");
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(Mentions.put(workspace, "critic" + i, 100, "Complaint number " + i,
                        BoardsTest.DAY0.plus(i, ChronoUnit.HOURS), null));
            }
            Tagging tagging = new Tagging(workspace);
            Tag angry = tagging.addPath(tagging.createScheme("Tone"), "Negative/Angry", null);
            Tag negative = (Tag) angry.eContainer();
            tagging.tag(negative, ids.subList(0, 2));
            tagging.markLooked(negative);
            Thread.sleep(20);
            tagging.tag(angry, ids.subList(2, 4));
            tagging.markDone(negative, List.of(ids.get(0)));
            SearchIndex.of(workspace).refresh();
            Boards boards = Boards.of(workspace);
            Board board = boards.create("Desk");
            PanelFigures tray = boards.compute(boards.addPanel(board, "in-tray", null, Map.of("tag", "Negative"), 0, 0,
                    1, 1), Instant.now());
            assertEquals("In-tray", tray.title());
            assertEquals("3 open, 2 new, 1 done", tray.countsLine(),
                    "one of four done; the two tagged below it after the last look are new");
            PanelFigures.Table entries = tray.tables().get(0);
            assertEquals("Negative", entries.name());
            assertEquals(3, entries.rows().size());
            assertTrue(entries.rows().get(0).marked(), "newest first, new ones marked");
            assertFalse(entries.rows().get(2).marked());
            assertEquals("Complaint number 1", entries.rows().get(2).cells().get(0), "titles from the index");
            assertEquals(1, SearchIndex.of(workspace).search(dossier.index.SearchRequest.of(entries.rows().get(2)
                    .drillQuery())).totalHits());
            workspace.save();
        }
        Captured shown = CommandRunner.runIn(folder, "board", "add-panel", "Desk", "in-tray", "-p", "tag=Tone/Nope");
        assertEquals(0, shown.exit(), shown.err());
        shown = CommandRunner.runIn(folder, "board", "show", "Desk", "--json");
        assertEquals(1, shown.exit(), "a panel with an unknown tag fails, the others are shown");
        var panels = JsonParser.parseString(shown.out()).getAsJsonObject().getAsJsonArray("panels");
        JsonObject counts = panels.get(0).getAsJsonObject().getAsJsonObject("counts");
        assertEquals(List.of(3L, 2L, 1L), List.of(counts.get("open").getAsLong(), counts.get("new").getAsLong(),
                counts.get("done").getAsLong()));
        assertEquals("no tag 'Tone/Nope'", panels.get(1).getAsJsonObject().get("error").getAsString());
        Captured exported = CommandRunner.runIn(folder, "board", "export", "Desk", "--format", "csv", "--out",
                temp.resolve("csv").toString());
        String csv = Files.readString(temp.resolve("csv").resolve("01-in-tray.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("count,value\nopen,3\nnew,2\ndone,1\n"), csv);
        assertTrue(csv.contains("table,Item,Tagged,New\nNegative,Complaint number "), csv);
        assertTrue(csv.matches("(?s).*\nNegative,Complaint number 1,\\d{4}-\\d\\d-\\d\\d,\n"),
                "the one seen before is not new");
        assertEquals(1, exported.exit());
        assertEquals(1, CommandRunner.runIn(folder, "board", "export", "Desk", "--format", "svg", "--out",
                temp.resolve("svg").toString()).exit(), "the panel that cannot be computed is reported");
        String svg = Files.readString(temp.resolve("svg").resolve("01-in-tray.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("3 open, 2 new, 1 done"), "the counts chart is titled with the counts");
    }

    @Test
    void theSourcesPanelCountsEachSourcesItemsPerDayAndShowsAFailedFetch() throws Exception {
        Instant now = Instant.now();
        try (ResearchWorkspace workspace = ResearchWorkspace.open(temp.resolve("workspace"))) {
            Source feed = workspace.addSource("rss", "Brand feed", Map.of(), "PT1H");
            Source down = workspace.addSource("rss", "Broken feed", Map.of(), "PT1H");
            Intake.Batch batch = workspace.intake().batch(Intake.Filing.of(feed));
            for (int i = 0; i < 3; i++) {
                batch.put(Mentions.capture("feed", 10, "Post " + i, now.minus(2, ChronoUnit.DAYS).plusSeconds(i), null));
            }
            batch.put(Mentions.capture("feed", 10, "Older post", now.minus(5, ChronoUnit.DAYS), null));
            batch.put(Mentions.capture("feed", 10, "Long ago", now.minus(40, ChronoUnit.DAYS), null));
            batch.fetched(true, "5 new");
            workspace.intake().file(batch, Intake.ModelThread.CALLER);
            Intake.Batch failed = workspace.intake().batch(Intake.Filing.of(down));
            failed.fetched(false, "HTTP 503 from https://down.example/feed");
            workspace.intake().file(failed, Intake.ModelThread.CALLER);
            Mentions.put(workspace, "elsewhere", 10, "Not from a source", now.minus(2, ChronoUnit.DAYS), null);
            SearchIndex.of(workspace).refresh();

            Boards boards = Boards.of(workspace);
            PanelFigures sources = boards.compute(boards.addPanel(boards.create("Health"), "sources", null,
                    Map.of("range", "-7d"), 0, 0, 2, 1), now);
            assertEquals("1 fetched fine, 1 failing, 0 never fetched", sources.countsLine());
            PanelFigures.Series brand = sources.series().get(0);
            assertEquals("Brand feed", brand.name());
            assertEquals("day", brand.bucket());
            assertEquals(4, brand.total(), "the items of the last 7 days; the one of 40 days ago is outside");
            Instant twoDaysAgo = now.minus(2, ChronoUnit.DAYS);
            PanelFigures.Point busy = brand.points().stream().filter(p -> !p.start().isAfter(twoDaysAgo)
                    && p.end().isAfter(twoDaysAgo)).findFirst().orElseThrow();
            assertEquals(3, busy.count());
            assertEquals("(via:\"Brand feed\") AND published:[" + busy.start() + " TO " + busy.end() + "}",
                    busy.drillQuery(), "a point drills to the source's items of its day");
            assertEquals(3, SearchIndex.of(workspace).search(SearchRequest.of(busy.drillQuery())).totalHits());
            assertEquals(0, sources.series().get(1).total());
            List<PanelFigures.Row> rows = sources.tables().get(0).rows();
            assertEquals(List.of("Brand feed", "5", "0.6"), rows.get(0).cells().subList(0, 3));
            assertEquals("5 new", rows.get(0).cells().get(4));
            assertFalse(rows.get(0).marked());
            assertTrue(rows.get(1).marked(), "a failed fetch is marked");
            assertEquals("failed: HTTP 503 from https://down.example/feed", rows.get(1).cells().get(4));
        }
    }
}
