package dossier.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.boards.Boards;
import dossier.boards.IndexMark;
import dossier.boards.PanelFigures;
import dossier.boards.charts.Charts;
import dossier.casefile.ResearchWorkspace;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.model.casefile.Board;
import dossier.model.casefile.Panel;
import dossier.store.Engagement;

/** Boards in the model (saved, undoable) and the figures of their panels, checked against the index. */
class BoardsTest {

    static final Instant DAY0 = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path folder;

    /** 14 days of #brand mentions, 2 a day, 20 on day 9; 1 #rival mention a day. */
    static void fill(ResearchWorkspace workspace) throws Exception {
        for (int day = 0; day < 14; day++) {
            int brand = day == 9 ? 20 : 2;
            for (int i = 0; i < brand; i++) {
                Mentions.put(workspace, "fan" + (i % 3), 50, "Talking about #brand today", DAY0.plus(day,
                        ChronoUnit.DAYS).plus(i * 20 + 30, ChronoUnit.MINUTES), null);
            }
            Mentions.put(workspace, "other", 10, "And #rival too", DAY0.plus(day, ChronoUnit.DAYS).plusSeconds(7200),
                    null);
        }
        SearchIndex.of(workspace).refresh();
    }

    @Test
    void volumeCountsEqualTheIndexsCountsAndTheSpikeIsOnTheDayOfTheBurst() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            fill(workspace);
            SavedSearches.of(workspace).save("Brand", "#brand");
            Boards boards = Boards.of(workspace);
            Board board = boards.create("Launch watch");
            Panel panel = boards.addPanel(board, "volume", "Brand vs rival", Map.of("series", "Brand\nRival = #rival"),
                    0, 0, 2, 1);
            PanelFigures figures = boards.compute(panel, Instant.now());
            assertEquals("Brand vs rival", figures.title());
            assertEquals(List.of("Brand", "Rival"), figures.series().stream().map(PanelFigures.Series::name).toList());
            PanelFigures.Series brand = figures.series().get(0);
            assertEquals("day", brand.bucket(), "two weeks are shown by day");
            assertEquals(14, brand.points().size());
            assertEquals(46, brand.total());
            SearchIndex index = SearchIndex.of(workspace);
            for (PanelFigures.Point point : brand.points()) {
                assertEquals(index.search(SearchRequest.of(point.drillQuery()).withLimit(1)).totalHits(), point.count(),
                        point.drillQuery());
            }
            List<Instant> spikes = brand.points().stream().filter(PanelFigures.Point::spike)
                    .map(PanelFigures.Point::start).toList();
            assertEquals(List.of(DAY0.plus(9, ChronoUnit.DAYS)), spikes);
            assertEquals(20, brand.points().get(9).count());
            assertTrue(figures.series().get(1).points().stream().noneMatch(PanelFigures.Point::spike),
                    "a flat series has no spike");

            Panel shares = boards.addPanel(board, "share-of-voice", null, Map.of("series", "Brand\nRival = #rival"),
                    2, 0, 1, 1);
            PanelFigures voice = boards.compute(shares, Instant.now());
            assertTrue(voice.shares());
            assertEquals(List.of(46L, 14L), voice.series().stream().map(PanelFigures.Series::total).toList(),
                    "the same counts as the volume panel");
            assertEquals(100.0 * 20 / 21, voice.share(0, 9), 1e-9);
            assertEquals(100.0 * 2 / 3, voice.share(0, 3), 1e-9);
            assertEquals("Brand, 2026-11-10: 95% (20 of 21 items)", Charts.shareTooltip(voice, 0, 9));
            assertTrue(Charts.svg(Charts.volume(voice, Charts.Theme.DARK), 600, 300).contains(">Rival</text>"));

            Panel hourly = boards.addPanel(board, "volume", null, Map.of("series", "Day nine = #brand published:2026-11-10"),
                    0, 1, 1, 1);
            PanelFigures.Series day = boards.compute(hourly, Instant.now()).series().get(0);
            assertEquals("hour", day.bucket(), "one day is shown by hour");
            assertEquals(20, day.total());
        }
    }

    @Test
    void aSmallAccountWhoseComplaintTakesOffRanksAboveABigAccountsRoutinePost() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Instant t = DAY0;
            Mentions.put(workspace, "musician", 200, "The airline broke my guitar", t,
                    new Engagement(300L, null, null, null));
            for (int i = 0; i < 3; i++) {
                Mentions.put(workspace, "bigairline", 2_000_000, "Routine update " + i, t.plusSeconds(60 * i),
                        new Engagement(40L, null, null, null));
            }
            Mentions.put(workspace, "nobody", 3, "hello", t, new Engagement(null, null, 1L, null));
            SearchIndex.of(workspace).refresh();
            Boards boards = Boards.of(workspace);
            Panel panel = boards.addPanel(boards.create("People"), "who-matters", null, Map.of(), 0, 0, 1, 1);
            PanelFigures figures = boards.compute(panel, Instant.now());
            assertEquals("Who matters", figures.title(), "the kind's label when the panel has no title");
            assertEquals(List.of("By importance", "By reach", "By volume"), figures.rankings().stream()
                    .map(PanelFigures.Ranking::name).toList());
            assertEquals(List.of("@musician", "@nobody", "@bigairline"), accounts(figures.rankings().get(0)),
                    "importance");
            assertEquals(List.of("@bigairline", "@musician", "@nobody"), accounts(figures.rankings().get(1)), "reach");
            assertEquals(List.of("@bigairline", "@musician", "@nobody"), accounts(figures.rankings().get(2)), "volume");
            PanelFigures.Entry musician = figures.rankings().get(0).entries().get(0);
            assertEquals(1500.0, musician.value(), 1e-9, "300 replies per 200 followers = 1,500 per 1,000");
            assertEquals(0.02, figures.rankings().get(0).entries().get(2).value(), 1e-9, "40 per 2,000,000");
            assertEquals(List.of("1,500", "10", "0.02"), figures.rankings().get(0).entries().stream()
                    .map(PanelFigures.Entry::shownValue).toList());
            assertEquals(1, SearchIndex.of(workspace).search(SearchRequest.of(musician.drillQuery())).totalHits());
        }
    }

    @Test
    void aBoardIsSavedWithTheWorkspaceAndMovingAPanelIsUndoable() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Boards boards = Boards.of(workspace);
            Board board = boards.create("Morning");
            Panel panel = boards.addPanel(board, "volume", "All", Map.of("range", "-7d"), 0, 0, 1, 1);
            boards.movePanel(panel, 2, 1);
            assertEquals(List.of(2, 1), List.of(panel.getColumn(), panel.getRow()));
            workspace.editingDomain().getCommandStack().undo();
            assertEquals(List.of(0, 0), List.of(panel.getColumn(), panel.getRow()), "one undo takes the move back");
            workspace.editingDomain().getCommandStack().redo();
            assertThrows(IllegalArgumentException.class, () -> boards.create("morning"));
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> boards.addPanel(board, "pie", null, Map.of(), 0, 0, 1, 1));
            assertTrue(unknown.getMessage().startsWith("no panel kind 'pie'; the kinds are volume, share-of-voice, who-matters"),
                    unknown.getMessage());
            workspace.save();
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            Board board = Boards.of(workspace).find("morning").orElseThrow();
            Panel panel = board.getPanels().get(0);
            assertEquals(List.of("volume", "All", 2, 1), List.of(panel.getKind(), panel.getTitle(), panel.getColumn(),
                    panel.getRow()));
            assertEquals("-7d", panel.getParameters().get("range"));
            assertFalse(workspace.isDirty());
        }
    }

    @Test
    void aPanelIsTouchedOnlyByItemsItsQueriesFindOrByChangedItems() throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            fill(workspace);
            Boards boards = Boards.of(workspace);
            Board board = boards.create("Watch");
            Panel rival = boards.addPanel(board, "volume", null, Map.of("series", "Rival = #rival"), 0, 0, 1, 1);
            Panel brand = boards.addPanel(board, "who-matters", null, Map.of("query", "#brand"), 1, 0, 1, 1);
            Panel tray = boards.addPanel(board, "in-tray", null, Map.of("tag", "Any"), 2, 0, 1, 1);
            IndexMark mark = boards.mark();
            assertFalse(boards.touched(rival, mark), "nothing changed");
            String added = Mentions.put(workspace, "fan9", 50, "More #brand", DAY0, null);
            SearchIndex.of(workspace).refresh();
            assertTrue(boards.touched(brand, mark), "a #brand item came in");
            assertFalse(boards.touched(rival, mark), "no #rival item came in");
            assertFalse(boards.touched(tray, mark), "an in-tray follows the model, not the index");
            assertTrue(boards.readsModel(tray));
            assertFalse(boards.readsModel(rival));

            IndexMark later = boards.mark();
            dossier.casefile.Tagging tagging = new dossier.casefile.Tagging(workspace);
            tagging.tag(tagging.addPath(tagging.createScheme("Tone"), "Any", null), List.of(added));
            SearchIndex.of(workspace).refresh();
            assertTrue(boards.touched(rival, later), "an item changed: it may have left any query");
        }
    }

    private static List<String> accounts(PanelFigures.Ranking ranking) {
        return ranking.entries().stream().map(PanelFigures.Entry::account).toList();
    }
}
