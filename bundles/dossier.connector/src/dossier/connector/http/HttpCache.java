package dossier.connector.http;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dossier.store.AtomicFile;

/**
 * The validators (ETag, Last-Modified) of the last answer from each URL, so that a refresh asks
 * "changed since?" and an unchanged feed costs one 304. Kept in a JSON file; it is only a cache:
 * a damaged file is started afresh.
 */
public final class HttpCache {

    /** The validators of one URL. */
    public record Validators(String etag, String lastModified) {
    }

    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<Map<String, Validators>>() {
    }.getType();

    private final Path file;
    private final Map<String, Validators> entries;

    private HttpCache(Path file, Map<String, Validators> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** A cache kept only in memory. */
    public static HttpCache inMemory() {
        return new HttpCache(null, new HashMap<>());
    }

    /** The cache kept in {@code file}. */
    public static HttpCache load(Path file) {
        Map<String, Validators> entries = null;
        if (Files.exists(file)) {
            try {
                entries = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), MAP);
            } catch (IOException | JsonParseException e) {
                entries = null;
            }
        }
        return new HttpCache(file, entries == null ? new HashMap<>() : new HashMap<>(entries));
    }

    public synchronized Optional<Validators> validators(URI uri) {
        return Optional.ofNullable(entries.get(uri.toString()));
    }

    synchronized void remember(URI uri, String etag, String lastModified) {
        if (etag == null && lastModified == null) {
            entries.remove(uri.toString());
        } else {
            entries.put(uri.toString(), new Validators(etag, lastModified));
        }
    }

    /** Writes the cache to its file (atomically); nothing for an in-memory cache. */
    public synchronized void save() throws IOException {
        if (file != null) {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, GSON.toJson(entries, MAP).getBytes(StandardCharsets.UTF_8));
        }
    }
}
