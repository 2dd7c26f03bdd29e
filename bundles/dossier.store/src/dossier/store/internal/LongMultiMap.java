package dossier.store.internal;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit hashes to 64-bit record positions in two primitive arrays (16 bytes a
 * slot, at most 60 % full): no boxing, no per-entry objects. Keys are hashes, so a key can stand for several
 * records; callers verify candidates against the record. Key 0 marks a free slot (callers map it to 1); no removal.
 */
final class LongMultiMap {

    private static final float LOAD = 0.6f;

    long[] keys;
    long[] values;
    int size;
    private int mask;
    private int threshold;

    LongMultiMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / LOAD) + 1) - 1) << 1;
        allocate(capacity);
    }

    LongMultiMap(long[] keys, long[] values, int size) {
        if (keys.length != values.length || Integer.bitCount(keys.length) != 1) {
            throw new IllegalArgumentException("capacity " + keys.length);
        }
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.mask = keys.length - 1;
        this.threshold = (int) (keys.length * LOAD);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        threshold = (int) (capacity * LOAD);
    }

    static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** The first slot holding {@code key}, or -1. */
    int first(long key) {
        return scan(key, (int) mix(key) & mask);
    }

    /** The next slot after {@code slot} holding {@code key}, or -1. */
    int next(long key, int slot) {
        return scan(key, (slot + 1) & mask);
    }

    private int scan(long key, int from) {
        for (int i = from;; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                return -1;
            }
            if (k == key) {
                return i;
            }
        }
    }

    long value(int slot) {
        return values[slot];
    }

    void setValue(int slot, long value) {
        values[slot] = value;
    }

    /** The value of the first slot holding {@code key}, or 0. */
    long get(long key) {
        int slot = first(key);
        return slot < 0 ? 0 : values[slot];
    }

    void add(long key, long value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0");
        }
        if (size >= threshold) {
            grow();
        }
        insert(key, value);
        size++;
    }

    private void insert(long key, long value) {
        int i = (int) mix(key) & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    int size() {
        return size;
    }
}
