package dossier.index;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The index's tunables, kept in the instance preferences of {@code dossier.index} (Preferences &gt; Dossier &gt;
 * Index). An open {@link SearchIndex} applies a change at once. A stored value outside its range counts as the
 * nearest bound.
 */
public enum IndexSettings {

    /** Seconds after the first uncommitted change before the index commits. */
    COMMIT_SECONDS("commitSeconds", 30, 1, 3600),
    /** Milliseconds a write may wait before a background refresh makes it searchable. */
    REFRESH_MILLIS("refreshMillis", 1000, 50, 60_000),
    /** Megabytes of added documents the writer buffers in memory before it flushes a segment. */
    RAM_BUFFER_MB("ramBufferMB", 64, 16, 2048);

    /** The preference node's name: the bundle's id. */
    public static final String NODE = "dossier.index";

    private final String key;
    private final int defaultValue;
    private final int min;
    private final int max;

    IndexSettings(String key, int defaultValue, int min, int max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The value in effect: the stored one, within range, else the default. */
    public int value() {
        return Math.max(min, Math.min(max, preferences().getInt(key, defaultValue)));
    }

    public static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
