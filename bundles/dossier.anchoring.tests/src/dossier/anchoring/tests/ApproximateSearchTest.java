package dossier.anchoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dossier.anchoring.internal.ApproximateSearch;
import dossier.anchoring.internal.ApproximateSearch.Match;

class ApproximateSearchTest {

    @Test
    void findsTheBestMatchOfEveryRegionWithItsStart() {
        List<Match> matches = ApproximateSearch.find("the quick brown fox, the quack brown fax", "quick brown", 3);
        assertEquals(List.of(new Match(4, 15, 0), new Match(25, 36, 1)), matches);
    }

    @Test
    void aChangedWordIsFoundWithTheReplacementInsideTheMatch() {
        String text = "it was a slow brown dog";
        List<Match> matches = ApproximateSearch.find(text, "quick brown dog", 6);
        assertEquals(1, matches.size());
        assertEquals(5, matches.get(0).errors());
        assertTrue(text.substring(matches.get(0).start(), matches.get(0).end()).endsWith("slow brown dog"));
    }

    @Test
    void nothingIsFoundBeyondTheErrorBudget() {
        assertTrue(ApproximateSearch.find("completely different", "quick brown", 2).isEmpty());
        assertTrue(ApproximateSearch.find("", "quick", 2).isEmpty());
        assertTrue(ApproximateSearch.find("text", "", 2).isEmpty());
    }

    @Test
    void bitParallelSearchAgreesWithDynamicProgrammingAcrossBlockBoundaries() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            String pattern = randomText(random, 1 + random.nextInt(200));
            String text = randomText(random, random.nextInt(300)) + mutate(pattern, random) + randomText(random, 50);
            int maxErrors = pattern.length() / 3;
            int best = bestErrorsByDynamicProgramming(text, pattern);
            List<Match> matches = ApproximateSearch.find(text, pattern, maxErrors);
            if (best > maxErrors) {
                assertTrue(matches.isEmpty(), "round " + round);
            } else {
                Match first = matches.get(0);
                assertEquals(best, first.errors(), "round " + round);
                String matched = text.substring(first.start(), first.end());
                assertEquals(best, ApproximateSearch.distance(pattern, matched), "round " + round);
            }
        }
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, ApproximateSearch.distance("", ""));
        assertEquals(3, ApproximateSearch.distance("", "abc"));
        assertEquals(3, ApproximateSearch.distance("kitten", "sitting"));
    }

    private static int bestErrorsByDynamicProgramming(String text, String pattern) {
        int[] column = new int[pattern.length() + 1];
        for (int i = 0; i <= pattern.length(); i++) {
            column[i] = i;
        }
        int best = column[pattern.length()];
        for (int j = 1; j <= text.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= pattern.length(); i++) {
                int above = column[i];
                column[i] = Math.min(diagonal + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1),
                        Math.min(above, column[i - 1]) + 1);
                diagonal = above;
            }
            best = Math.min(best, column[pattern.length()]);
        }
        return best;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcde ".charAt(random.nextInt(6)));
        }
        return text.toString();
    }

    private static String mutate(String pattern, Random random) {
        StringBuilder mutated = new StringBuilder(pattern);
        int edits = random.nextInt(1 + pattern.length() / 2);
        for (int e = 0; e < edits && mutated.length() > 0; e++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
            case 0 -> mutated.deleteCharAt(at);
            case 1 -> mutated.insert(at, 'x');
            default -> mutated.setCharAt(at, 'y');
            }
        }
        return mutated.toString();
    }
}
