package dossier.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import dossier.store.AtomicFile;

/**
 * The items each source has brought into the store, however many fetches it took: one file per source,
 * {@code connectors/source-items/SOURCE-ID.txt} in the workspace, an item id a line, saved atomically. The store
 * itself does not know where an item came from. Reads and writes files: call it off the UI thread.
 */
public final class SourceItems {

    private static final Object WRITING = new Object();
    private final Path folder;

    public SourceItems(Path workspaceFolder) {
        this.folder = workspaceFolder.resolve(Path.of("connectors", "source-items"));
    }

    /** Adds the items a fetch of the source brought; returns how many distinct items the source has brought. */
    public int add(String sourceId, Collection<String> itemIds) throws IOException {
        synchronized (WRITING) {
            Set<String> items = read(sourceId);
            if (items.addAll(itemIds)) {
                Files.createDirectories(folder);
                AtomicFile.write(file(sourceId), (String.join("\n", items) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return items.size();
        }
    }

    /** How many distinct items the source has brought (0 before its first fetch). */
    public int count(String sourceId) throws IOException {
        return read(sourceId).size();
    }

    private Set<String> read(String sourceId) throws IOException {
        try {
            Set<String> items = new LinkedHashSet<>(Files.readAllLines(file(sourceId), StandardCharsets.UTF_8));
            items.remove("");
            return items;
        } catch (NoSuchFileException e) {
            return new LinkedHashSet<>();
        }
    }

    private Path file(String sourceId) {
        return folder.resolve(sourceId + ".txt");
    }
}
