package dossier.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;

import dossier.casefile.ResearchWorkspace;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.team.internal.Configset;
import dossier.team.internal.ItemDocuments;
import dossier.team.internal.TeamSearching;

/**
 * The team collection's documents, queries and configset, for working with Solr directly (the benchmark's
 * plain-SolrJ baseline): what {@link TeamCollection} itself sends.
 */
public final class TeamSchema {

    private TeamSchema() {
    }

    /** Items' documents as a publish sends them (items the store lacks left out). */
    public static List<SolrInputDocument> documents(ResearchWorkspace workspace, List<String> itemIds,
            String publisher) throws IOException {
        ItemDocuments documents = ItemDocuments.of(workspace, publisher);
        List<SolrInputDocument> built = new ArrayList<>();
        for (ItemDocuments.Pending pending : documents.pending(itemIds)) {
            if (pending != null) {
                built.add(documents.document(pending));
            }
        }
        return built;
    }

    /** Solr's request for a query parsed by the local index ({@code SearchIndex.parse}). */
    public static SolrQuery query(Query parsed, SearchRequest request) throws QuerySyntaxException {
        return TeamSearching.request(parsed, request);
    }

    /** The name of the configset {@code team setup} uploads for a collection. */
    public static String configset(String collection) {
        return Configset.name(collection);
    }
}
