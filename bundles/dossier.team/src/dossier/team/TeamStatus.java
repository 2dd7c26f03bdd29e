package dossier.team;

import java.util.List;

/**
 * The team collection as the cluster reports it: live nodes, the collection's shards with their replicas and states,
 * its documents, whether its schema is this Dossier's, and how many documents wait in this workspace's outbox.
 */
public record TeamStatus(TeamConnection connection, List<String> liveNodes, List<Shard> shards, long documents,
        boolean schemaCurrent, long waiting) {

    /** A shard and its replicas ({@code node state}, the leader marked). */
    public record Shard(String name, List<String> replicas) {
    }
}
