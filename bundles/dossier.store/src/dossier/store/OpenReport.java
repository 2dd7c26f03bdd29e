package dossier.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CaptureStore#open(Path)} found and repaired, so the caller can name it to the user.
 *
 * @param indexRebuilt true if the index snapshot was missing, stale or damaged and the segments were scanned
 * @param quarantined damaged files moved aside into the store's {@code quarantine/} folder (their new paths)
 * @param lostItems ids of items whose metadata or content was in a quarantined file (as far as they can be named)
 * @param problems one line per problem, for the user: quarantined files, torn tails cut off, lost items
 */
public record OpenReport(boolean indexRebuilt, List<Path> quarantined, List<String> lostItems,
        List<String> problems) {

    public OpenReport {
        quarantined = List.copyOf(quarantined);
        lostItems = List.copyOf(lostItems);
        problems = List.copyOf(problems);
    }

    /** True if open found nothing to repair (a rebuilt index alone is no problem). */
    public boolean clean() {
        return problems.isEmpty();
    }
}
