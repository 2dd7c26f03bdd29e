package dossier.team.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

import dossier.index.IndexSchema;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;

/**
 * A search of the team collection as the local index runs it: the query parsed by the local query language and sent
 * term for term, facet counts of the same dimensions (drilled dimensions counted sideways, tags a level at a time),
 * one snippet with matches in [brackets], near-duplicates (SimHash within {@value #NEAR_DUPLICATE_BITS} bits) grouped
 * under the best-ranked member of the window.
 */
public final class TeamSearching {

    static final int NEAR_DUPLICATE_BITS = 6;
    private static final int FACET_VALUES = 10;
    private static final String TAG = "tag";

    private TeamSearching() {
    }

    /** Solr's request for a parsed query. */
    public static SolrQuery request(Query parsed, SearchRequest request) throws QuerySyntaxException {
        return request(SolrQuerySyntax.write(parsed), request);
    }

    /**
     * Solr's request for items like this one, as the local index finds them (MoreLikeThis on the text, every term
     * counted, at most 30 of them; the item itself left out), with snippets and near-duplicates grouped.
     */
    public static SolrQuery related(String itemId, int limit) {
        return request("{!mlt qf=" + IndexSchema.TEXT + " mintf=1 mindf=1 maxqt=30}" + itemId,
                SearchRequest.of("").withLimit(limit));
    }

    private static SolrQuery request(String query, SearchRequest request) {
        SolrQuery solr = new SolrQuery(query);
        // the query is written with every clause's occurrence (+, -, or none: optional, as in Lucene's BooleanQuery),
        // so the collection's default operator (AND, for queries typed into Solr) must not make optional ones required
        solr.set("q.op", "OR");
        solr.setRows(2 * request.limit() + 5);
        solr.setFields(IndexSchema.ID, IndexSchema.TITLE, "type", IndexSchema.DATE, SolrSchema.SIMHASH, "score");
        if (request.order() == SearchRequest.Order.DATE) {
            solr.addSort(IndexSchema.DATE, SolrQuery.ORDER.desc);
        } else {
            solr.addSort("score", SolrQuery.ORDER.desc);
            solr.addSort(IndexSchema.DATE, SolrQuery.ORDER.desc);
        }
        solr.set("hl", true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", IndexSchema.TEXT);
        solr.set("hl.tag.pre", "[");
        solr.set("hl.tag.post", "]");
        solr.set("hl.snippets", 1);
        solr.set("hl.fragsize", 200);
        Map<String, List<String>> drilled = drilled(request);
        drilled.forEach((dim, values) -> solr.addFilterQuery("{!tag=d_" + dim + "}" + SolrSchema.FACET_PREFIX + dim
                + ":(" + values.stream().map(v -> "\"" + ClientUtils.escapeQueryChars(v) + "\"")
                        .collect(Collectors.joining(" OR ")) + ")"));
        if (request.facets()) {
            solr.setFacet(true);
            solr.setFacetMinCount(1);
            for (String dim : IndexSchema.FACETS) {
                String exclude = drilled.containsKey(dim) ? "{!ex=d_" + dim + "}" : "";
                solr.addFacetField(exclude + SolrSchema.FACET_PREFIX + dim);
                solr.set("f." + SolrSchema.FACET_PREFIX + dim + ".facet.limit", dim.equals(TAG) ? -1 : FACET_VALUES);
            }
        }
        return solr;
    }

    private static Map<String, List<String>> drilled(SearchRequest request) {
        Map<String, List<String>> drilled = new LinkedHashMap<>();
        request.drillDowns().forEach(d -> drilled.computeIfAbsent(d.dimension(), k -> new ArrayList<>()).add(d.value()));
        return drilled;
    }

    /** The results, as the local index gives them. */
    public static SearchResults results(QueryResponse response, SearchRequest request) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        List<Long> simhashes = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        for (SolrDocument doc : response.getResults()) {
            String id = (String) doc.getFirstValue(IndexSchema.ID);
            Long simhash = (Long) doc.getFirstValue(SolrSchema.SIMHASH);
            int group = simhash == null ? -1 : nearDuplicateOf(simhashes, simhash);
            if (group >= 0) {
                groups.get(group).add(id);
                continue;
            }
            if (hits.size() == request.limit()) {
                continue;
            }
            simhashes.add(simhash);
            groups.add(new ArrayList<>());
            Long date = (Long) doc.getFirstValue(IndexSchema.DATE);
            List<String> snippets = highlighting == null || highlighting.get(id) == null ? null
                    : highlighting.get(id).get(IndexSchema.TEXT);
            Float score = (Float) doc.getFirstValue("score");
            hits.add(new SearchResults.Hit(id, (String) doc.getFirstValue(IndexSchema.TITLE),
                    (String) doc.getFirstValue("type"), date == null ? null : Instant.ofEpochMilli(date),
                    snippets == null || snippets.isEmpty() ? "" : snippets.get(0).replace('\n', ' ').strip(),
                    score == null ? 0 : score, 1, List.of()));
        }
        List<SearchResults.Hit> grouped = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchResults.Hit hit = hits.get(i);
            List<String> duplicates = groups.get(i);
            grouped.add(new SearchResults.Hit(hit.id(), hit.title(), hit.type(), hit.date(), hit.snippet(), hit.score(),
                    1 + duplicates.size(), List.copyOf(duplicates)));
        }
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        if (request.facets() && response.getFacetFields() != null) {
            List<String> drilledTags = drilled(request).getOrDefault(TAG, List.of());
            for (FacetField field : response.getFacetFields()) {
                String dim = field.getName().substring(SolrSchema.FACET_PREFIX.length());
                List<SearchResults.FacetValue> values = new ArrayList<>();
                for (FacetField.Count count : field.getValues()) {
                    if (!dim.equals(TAG) || shownTag(count.getName(), drilledTags)) {
                        values.add(new SearchResults.FacetValue(count.getName(), count.getCount()));
                    }
                }
                if (!values.isEmpty()) {
                    facets.put(dim, values.subList(0, Math.min(values.size(), dim.equals(TAG) ? 50 : FACET_VALUES)));
                }
            }
        }
        return new SearchResults(response.getResults().getNumFound(), grouped, facets, false, null);
    }

    private static int nearDuplicateOf(List<Long> simhashes, long simhash) {
        for (int i = 0; i < simhashes.size(); i++) {
            Long other = simhashes.get(i);
            if (other != null && Long.bitCount(other ^ simhash) <= NEAR_DUPLICATE_BITS) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level tags; with tags drilled into, their siblings and children as well. */
    private static boolean shownTag(String path, List<String> drilledTags) {
        String parent = parent(path);
        if (parent.isEmpty()) {
            return true;
        }
        for (String drilled : drilledTags) {
            if (parent.equalsIgnoreCase(drilled) || parent.equalsIgnoreCase(parent(drilled))) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
