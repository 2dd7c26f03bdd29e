package dossier.team.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;

import dossier.team.TeamException;

/**
 * The shard each document of a team collection belongs to, by the collection's own router (as SolrJ routes an update
 * to the shards' leaders), from the collection's state read once from the cluster. A shard that has moved on (split,
 * or a leader elected since) costs only a detour: a node passes documents not its own on to their leaders.
 */
final class ShardRouting {

    private final SolrConnection solr;
    private final String collection;
    private volatile DocCollection state;
    private volatile boolean unknown;

    ShardRouting(SolrConnection solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    /** The documents by shard, in their order; all under null when the collection's state cannot be read. */
    Map<Slice, List<SolrInputDocument>> byShard(List<SolrInputDocument> docs) {
        DocCollection known = state();
        if (known == null) {
            return Collections.singletonMap(null, docs);
        }
        Map<Slice, List<SolrInputDocument>> shards = new LinkedHashMap<>();
        for (SolrInputDocument doc : docs) {
            Slice slice = known.getRouter().getTargetSlice((String) doc.getFieldValue(SolrSchema.ID), doc, null, null,
                    known);
            shards.computeIfAbsent(slice, s -> new ArrayList<>()).add(doc);
        }
        return shards;
    }

    private DocCollection state() {
        DocCollection known = state;
        if (known == null && !unknown) {
            try {
                known = solr.call(c -> c.getClusterStateProvider().getCollection(collection));
                state = known;
            } catch (TeamException e) {
                unknown = true; // sending will say why; until then, batches go unrouted
            }
        }
        return known;
    }

    /** The cluster has changed (a leader could not be reached): the state is read again for the next batches. */
    void forget() {
        state = null;
        unknown = false;
    }
}
