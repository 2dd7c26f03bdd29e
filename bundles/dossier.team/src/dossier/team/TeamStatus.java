package dossier.team;

import java.util.List;

/**
 * The team collection as the cluster reports it: live nodes, the collection's shards with their replicas and states,
 * its documents, whether its schema is this Dossier's, how many documents wait in this workspace's outbox, and how
 * many the cluster refused (set aside; {@code rejection} says why the last ones were).
 */
public record TeamStatus(TeamConnection connection, List<String> liveNodes, List<Shard> shards, long documents,
        boolean schemaCurrent, long waiting, long rejected, String rejection) {

    /** A shard and its replicas ({@code node state}, the leader marked). */
    public record Shard(String name, List<String> replicas) {
    }
}
