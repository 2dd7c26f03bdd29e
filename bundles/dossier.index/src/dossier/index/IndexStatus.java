package dossier.index;

import java.time.Instant;

/** The index's state: documents, the store's item count, schema version, last commit, rebuild progress. */
public record IndexStatus(int documents, int storeItems, String version, Instant lastCommit, boolean rebuilding,
        int rebuilt, String folder) {
}
