package dossier.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a search found. {@code incomplete} is true (and {@code notice} says why) while the index is being rebuilt:
 * the results are from what is indexed so far. Near-duplicates among the results are grouped: a hit lists the ids
 * of its duplicates and {@code groupSize} counts it with them.
 */
public record SearchResults(long totalHits, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean incomplete,
        String notice) {

    /** One result; {@code snippet} marks matches with [brackets]. */
    public record Hit(String id, String title, String type, Instant date, String snippet, float score, int groupSize,
            List<String> duplicates) {
    }

    /** A facet value and how many results have it ({@code path} is the full tag path for tags). */
    public record FacetValue(String value, long count) {
    }
}
