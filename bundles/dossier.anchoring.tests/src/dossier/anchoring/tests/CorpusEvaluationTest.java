package dossier.anchoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.AnchorResult.Anchored;
import dossier.anchoring.Anchoring;
import dossier.anchoring.Selectors;
import dossier.anchoring.tests.CorpusCases.Case;
import dossier.anchoring.tests.CorpusCases.EditKind;
import dossier.anchoring.tests.CorpusCases.Span;

/**
 * Re-anchors clips of the real seed articles after realistic edits with known ground truth.
 * <p>
 * Correct: anchored on the passage's true new range with overlap (intersection over union of the
 * two character ranges) of at least 90%, or orphaned when the passage was removed. Wrong: any other
 * anchor. Orphaned: not placed although the passage is still there. A paragraph the article repeats
 * verbatim is the same passage in each copy.
 */
class CorpusEvaluationTest {

    private static final long SEED = 20240611L;
    private static final int CLIPS_OF_EACH_SHAPE_PER_ARTICLE = 40;
    private static final double MIN_OVERLAP = 0.9;

    private enum Outcome {
        CORRECT, WRONG, ORPHANED
    }

    @Test
    void reanchorsClipsOfTheSeedArticlesAfterRealisticEdits() throws IOException {
        Random random = new Random(SEED);
        Map<EditKind, int[]> counts = new EnumMap<>(EditKind.class);
        List<String> misses = new ArrayList<>();
        int articles = 0;
        int clips = 0;
        for (SeedArticles.Article article : SeedArticles.load()) {
            articles++;
            CorpusCases cases = new CorpusCases(article.text(), random);
            for (Span clip : cases.clips(CLIPS_OF_EACH_SHAPE_PER_ARTICLE)) {
                clips++;
                for (EditKind kind : EditKind.values()) {
                    Case edited = cases.make(kind, clip);
                    Selectors selectors = Anchoring.describe(edited.oldText(), edited.oldSpan().start(),
                            edited.oldSpan().end());
                    AnchorResult result = Anchoring.anchor(edited.newText(), selectors.quote(), selectors.position());
                    Outcome outcome = judge(result, edited.expected());
                    counts.computeIfAbsent(kind, k -> new int[Outcome.values().length])[outcome.ordinal()]++;
                    if (outcome != Outcome.CORRECT && misses.size() < 60) {
                        misses.add(describe(article.name(), edited, selectors, result));
                    }
                }
            }
        }
        String table = table(counts, articles, clips);
        System.out.println(table);
        writeReport(table);

        int[] total = total(counts);
        String examples = "\nfirst cases not correct:\n" + String.join("\n", misses);
        assertEquals(0, total[Outcome.WRONG.ordinal()], "nothing may be anchored wrongly" + examples);
        for (EditKind kind : List.of(EditKind.UNCHANGED, EditKind.MOVED)) {
            int[] row = counts.get(kind);
            assertEquals(sum(row), row[Outcome.CORRECT.ordinal()], kind.label + " must be 100% correct\n" + table + examples);
        }
        assertTrue(share(total, Outcome.CORRECT) >= 0.95, "at least 95% correct overall\n" + table + examples);
        assertTrue(clips >= 300, "a few hundred clips at least, got " + clips);
    }

    private static Outcome judge(AnchorResult result, List<Span> expected) {
        if (!(result instanceof Anchored anchored)) {
            return expected.isEmpty() ? Outcome.CORRECT : Outcome.ORPHANED;
        }
        return expected.stream().anyMatch(span -> overlap(anchored, span) >= MIN_OVERLAP) ? Outcome.CORRECT
                : Outcome.WRONG;
    }

    /** Intersection over union of the two character ranges. */
    private static double overlap(Anchored anchored, Span expected) {
        int intersection = Math.max(0,
                Math.min(anchored.end(), expected.end()) - Math.max(anchored.start(), expected.start()));
        int union = anchored.end() - anchored.start() + expected.length() - intersection;
        return (double) intersection / union;
    }

    private static String describe(String article, Case edited, Selectors selectors, AnchorResult result) {
        String expected = edited.expected().isEmpty() ? "(removed)"
                : edited.newText().substring(edited.expected().get(0).start(), edited.expected().get(0).end());
        String got = result instanceof Anchored a ? edited.newText().substring(a.start(), a.end()) + " " + a : result.toString();
        return edited.kind().label + " in " + article + ": quote [" + selectors.quote().exact() + "] expected ["
                + expected + "] got [" + got + "]";
    }

    private static String table(Map<EditKind, int[]> counts, int articles, int clips) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("Anchoring corpus evaluation: %d articles, %d clips, %d cases (seed %d)%n", articles,
                clips, sum(total(counts)), SEED));
        table.append(String.format("%-36s %6s %9s %9s %9s%n", "edit kind", "cases", "correct", "wrong", "orphaned"));
        for (Map.Entry<EditKind, int[]> row : counts.entrySet()) {
            table.append(row(row.getKey().label, row.getValue()));
        }
        table.append(row("overall", total(counts)));
        table.append("correct: anchored with >= 90% overlap (intersection/union) with the true new range, or orphaned\n"
                + "when the passage was removed; wrong: any other anchor; orphaned: not placed although still there.\n"
                + "A paragraph the article repeats verbatim (a title) is the same passage in each copy.\n");
        return table.toString();
    }

    private static String row(String label, int[] row) {
        return String.format("%-36s %6d %8.1f%% %8.1f%% %8.1f%%%n", label, sum(row), 100 * share(row, Outcome.CORRECT),
                100 * share(row, Outcome.WRONG), 100 * share(row, Outcome.ORPHANED));
    }

    private static void writeReport(String table) throws IOException {
        String reports = System.getProperty("dossier.reports");
        if (reports != null) {
            Path report = Path.of(reports, "anchoring-corpus.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, table);
        }
    }

    private static int[] total(Map<EditKind, int[]> counts) {
        int[] total = new int[Outcome.values().length];
        for (int[] row : counts.values()) {
            for (int i = 0; i < total.length; i++) {
                total[i] += row[i];
            }
        }
        return total;
    }

    private static int sum(int[] row) {
        int sum = 0;
        for (int count : row) {
            sum += count;
        }
        return sum;
    }

    private static double share(int[] row, Outcome outcome) {
        return (double) row[outcome.ordinal()] / Math.max(1, sum(row));
    }
}
