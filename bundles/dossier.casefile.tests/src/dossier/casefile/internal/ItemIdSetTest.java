package dossier.casefile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A source's items are known exactly: every id it holds, none it does not, however alike. */
class ItemIdSetTest {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    @Test
    void holdsExactlyItsIdsThoughTheyDifferInOneCharacter() {
        ItemIdSet set = ItemIdSet.of(List.of("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa7", "2aaaaaaaaaaaaaaa", "not-a-store-id"));
        assertEquals(4, set.size());
        for (String held : List.of("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa7", "2aaaaaaaaaaaaaaa", "not-a-store-id")) {
            assertTrue(set.contains(held), held);
        }
        for (String other : List.of("aaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaa6", "baaaaaaaaaaaaaaa", "3aaaaaaaaaaaaaaa",
                "aaaaaaaaaaaaaaaaa", "AAAAAAAAAAAAAAAA", "not-a-store-i")) {
            assertFalse(set.contains(other), other);
        }
    }

    @Test
    void aUnionOfBatchesHoldsEachIdOnceAndNothingElse() {
        Random random = new Random(19);
        List<String> first = ids(random, 5_000);
        List<String> second = new ArrayList<>(ids(random, 5_000));
        second.addAll(first.subList(0, 1_000));
        ItemIdSet set = ItemIdSet.of(first).with(second).with(List.of("hand-written id"));
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        all.add("hand-written id");
        assertEquals(all.size(), set.size());
        all.forEach(id -> assertTrue(set.contains(id), id));
        for (String other : ids(random, 5_000)) {
            assertEquals(all.contains(other), set.contains(other), other);
        }
    }

    private static List<String> ids(Random random, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder id = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                id.append(BASE32.charAt(random.nextInt(BASE32.length())));
            }
            ids.add(id.toString());
        }
        return ids;
    }
}
