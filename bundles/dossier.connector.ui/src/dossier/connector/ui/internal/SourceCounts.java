package dossier.connector.ui.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dossier.casefile.ResearchWorkspace;
import dossier.connector.SourceItems;

/**
 * How many items each source of a workspace has brought ({@link SourceItems}), shared by the Library's Sources group
 * and the Sources view: a source's file is read once, and again only after a fetch of that source ended.
 */
final class SourceCounts {

    private static final Map<ResearchWorkspace, SourceCounts> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

    private final SourceItems items;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    /** Bumped by every fetch that ended: a count read before it may be out of date and is not kept. */
    private final AtomicLong fetches = new AtomicLong();
    private final Object reading = new Object();
    private final AtomicInteger filesRead = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private SourceCounts(ResearchWorkspace workspace) {
        this.items = new SourceItems(workspace.folder());
    }

    static SourceCounts of(ResearchWorkspace workspace) {
        return OPEN.computeIfAbsent(workspace, SourceCounts::new);
    }

    /** The source's count, read from its file unless known; reads files: call it off the UI thread. */
    int count(String sourceId) throws IOException {
        synchronized (reading) {
            while (true) {
                Integer known = counts.get(sourceId);
                if (known != null) {
                    return known;
                }
                long before = fetches.get();
                int count = items.count(sourceId);
                filesRead.incrementAndGet();
                synchronized (counts) {
                    if (fetches.get() == before) {
                        counts.put(sourceId, count);
                        return count;
                    }
                }
            }
        }
    }

    /** The source's count if known, else null; any thread. */
    Integer known(String sourceId) {
        return counts.get(sourceId);
    }

    /** A fetch of these sources ended: their counts are read again when next asked, and the listeners run. */
    void fetched(Collection<String> sourceIds) {
        synchronized (counts) {
            fetches.incrementAndGet();
            counts.keySet().removeAll(sourceIds);
        }
        listeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} (on the thread of {@link #fetched}) after the counts of fetched sources were dropped. */
    Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many source item files have been read so far. */
    int filesRead() {
        return filesRead.get();
    }
}
