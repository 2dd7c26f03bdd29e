package dossier.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
     * Each source's items as sorted 64-bit hashes of their ids (8 bytes an item), for {@link #sourcesOf}: read from the
     * files once, then kept up to date by {@link #add}; null until first asked.
     */
    private Map<String, long[]> hashes;

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
                if (hashes != null) {
                    hashes.put(sourceId, merged(hashes.getOrDefault(sourceId, new long[0]),
                            itemIds.stream().mapToLong(SourceItems::hash).toArray()));
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
     * field). Two ids share a 64-bit hash with odds of about 1 in 10^7 among a million items.
     */
    public synchronized Map<String, List<String>> sourcesOf(Collection<String> itemIds) throws IOException {
        if (hashes == null) {
            hashes = new HashMap<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    for (Path file : listed.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                        String name = file.getFileName().toString();
                        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                            hashes.put(name.substring(0, name.length() - ".txt".length()), lines
                                    .filter(l -> !l.isEmpty()).mapToLong(SourceItems::hash).sorted().distinct()
                                    .toArray());
                        }
                    }
                }
            }
        }
        Map<String, List<String>> sources = new HashMap<>();
        if (hashes.isEmpty()) {
            return sources;
        }
        List<String> sourceIds = hashes.keySet().stream().sorted().toList();
        for (String itemId : itemIds) {
            long hash = hash(itemId);
            for (String sourceId : sourceIds) {
                if (Arrays.binarySearch(hashes.get(sourceId), hash) >= 0) {
                    List<String> found = sources.computeIfAbsent(itemId, k -> new ArrayList<>());
                    if (!found.contains(sourceId)) {
                        found.add(sourceId);
                    }
                }
            }
        }
        return sources;
    }

    /** The sorted union, without repeats, of sorted hashes and more: one pass over them (a batch among many). */
    private static long[] merged(long[] sorted, long[] more) {
        Arrays.sort(more);
        long[] union = new long[sorted.length + more.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < sorted.length || j < more.length) {
            long next = j >= more.length || i < sorted.length && sorted[i] <= more[j] ? sorted[i++] : more[j++];
            if (n == 0 || union[n - 1] != next) {
                union[n++] = next;
            }
        }
        return Arrays.copyOf(union, n);
    }

    /** FNV-1a, 64 bits, over the id's characters. */
    private static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        return hash;
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
