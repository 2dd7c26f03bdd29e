package dossier.extract.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * What the class/id words say of a class or id name, kept for the pages to come: names repeat within a page
 * and across pages (a site's templates, a CSS framework's names). Thread-safe; forgets all when it grows large.
 */
final class NameCache {

    private static final int LIMIT = 50_000;
    private final Map<String, Integer> values = new ConcurrentHashMap<>();

    int get(String name, ToIntFunction<String> compute) {
        Integer value = values.get(name);
        if (value == null) {
            if (values.size() >= LIMIT) {
                values.clear();
            }
            value = compute.applyAsInt(name);
            values.put(name, value);
        }
        return value;
    }
}
