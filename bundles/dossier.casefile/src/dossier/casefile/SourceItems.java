package dossier.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dossier.casefile.internal.ItemIdSet;
import dossier.store.AtomicFile;

/**
 * The items each source of a workspace has brought into the store, however many fetches it took: one file per source,
 * {@code connectors/source-items/SOURCE-ID.txt} in the workspace, an item id a line, saved atomically (the store
 * itself does not know where an item came from). A service of the open workspace: the {@link Intake} adds what a
 * source's batch brought; the Sources view and the Library share the counts, each source's file read once and again
 * only when a batch of that source is added. Reads and writes files: call it off the UI thread, except
 * {@link #known}.
 */
public final class SourceItems {

    private final Path folder;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicInteger filesRead = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /**
     * Each source's items, exactly, in 12 bytes an item, for {@link #sourcesOf}: read from the files once, then kept up
     * to date by {@link #add}; null until first asked.
     */
    private Map<String, ItemIdSet> itemSets;

    /** Makes the service ({@code dossier.casefile.services}). */
    public static final class Factory implements WorkspaceServiceFactory {
        @Override
        public Object create(ResearchWorkspace workspace) {
            return new SourceItems(workspace.folder());
        }
    }

    SourceItems(Path workspaceFolder) {
        this.folder = workspaceFolder.resolve(Path.of("connectors", "source-items"));
    }

    /** Adds the items a batch of the source brought, then runs the listeners; returns the source's new count. */
    public int add(String sourceId, Collection<String> itemIds) throws IOException {
        int count;
        synchronized (this) {
            Set<String> items = read(sourceId);
            if (items.addAll(itemIds)) {
                Files.createDirectories(folder);
                AtomicFile.write(file(sourceId), (String.join("\n", items) + "\n").getBytes(StandardCharsets.UTF_8));
                if (itemSets != null) {
                    itemSets.put(sourceId, itemSets.getOrDefault(sourceId, ItemIdSet.EMPTY).with(itemIds));
                }
            }
            count = items.size();
            counts.put(sourceId, count);
        }
        listeners.forEach(Runnable::run);
        return count;
    }

    /** How many distinct items the source has brought (0 before its first fetch); read from its file unless known. */
    public int count(String sourceId) throws IOException {
        Integer known = counts.get(sourceId);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = counts.get(sourceId);
            if (known == null) {
                known = read(sourceId).size();
                counts.put(sourceId, known);
            }
            return known;
        }
    }

    /** The ids of the items the source has brought, in the order they came. */
    public synchronized Set<String> items(String sourceId) throws IOException {
        return read(sourceId);
    }

    /**
     * The sources that brought each of these items (source ids); items no source brought are left out. The first call
     * reads every source's file; later ones look the items up in memory (the search index, for its {@code via:}
     * field).
     */
    public synchronized Map<String, List<String>> sourcesOf(Collection<String> itemIds) throws IOException {
        if (itemSets == null) {
            itemSets = new HashMap<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    for (Path file : listed.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                        String name = file.getFileName().toString();
                        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                            itemSets.put(name.substring(0, name.length() - ".txt".length()),
                                    ItemIdSet.of(lines.filter(l -> !l.isEmpty()).toList()));
                        }
                    }
                }
            }
        }
        Map<String, List<String>> sources = new HashMap<>();
        if (itemSets.isEmpty()) {
            return sources;
        }
        List<String> sourceIds = itemSets.keySet().stream().sorted().toList();
        for (String itemId : itemIds) {
            for (String sourceId : sourceIds) {
                if (itemSets.get(sourceId).contains(itemId)) {
                    List<String> found = sources.computeIfAbsent(itemId, k -> new ArrayList<>());
                    if (!found.contains(sourceId)) {
                        found.add(sourceId);
                    }
                }
            }
        }
        return sources;
    }

    /** The source's count if it is known, else null; any thread. */
    public Integer known(String sourceId) {
        return counts.get(sourceId);
    }

    /** Runs {@code listener} (on the adding thread) after a batch was added; returns what removes it. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many source item files have been read so far for counts and item lists (not by {@link #sourcesOf}). */
    public int filesRead() {
        return filesRead.get();
    }

    private Set<String> read(String sourceId) throws IOException {
        filesRead.incrementAndGet();
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
