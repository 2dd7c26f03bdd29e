package dossier.index;

import java.util.List;

/**
 * A search: the query (Dossier's query language), the order, how many results, whether to count facets, and the
 * facet values drilled into ({@code dim} and path, e.g. {@code tag}, {@code Theme/Sharing}).
 */
public record SearchRequest(String query, Order order, int limit, boolean facets, List<DrillDown> drillDowns) {

    public enum Order {
        RELEVANCE, DATE
    }

    /** A facet value to narrow to; values of one dimension are ORed, dimensions ANDed. */
    public record DrillDown(String dimension, String value) {
    }

    public SearchRequest {
        limit = Math.max(1, Math.min(limit, 1000));
        drillDowns = List.copyOf(drillDowns);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Order.RELEVANCE, 10, false, List.of());
    }

    public SearchRequest withFacets() {
        return new SearchRequest(query, order, limit, true, drillDowns);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, order, n, facets, drillDowns);
    }

    public SearchRequest orderedBy(Order by) {
        return new SearchRequest(query, by, limit, facets, drillDowns);
    }

    public SearchRequest drillDown(String dimension, String value) {
        List<DrillDown> more = new java.util.ArrayList<>(drillDowns);
        more.add(new DrillDown(dimension, value));
        return new SearchRequest(query, order, limit, true, more);
    }
}
