package dossier.workspace;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The {@code manifest.json} of a {@code .dossier} archive: format version, the Dossier, Lucene and index schema
 * versions that wrote it, whether a trainer marked it as a template, and every other entry with its size and
 * SHA-256. {@code indexVersion} is null when the archive carries no index.
 */
public record ArchiveManifest(int format, String dossierVersion, String luceneVersion, String indexVersion,
        boolean template, String created, List<Entry> entries) {

    public static final String NAME = "manifest.json";
    public static final int FORMAT = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** One archive entry: its path, size in bytes and SHA-256 (64 lower-case hex digits). */
    public record Entry(String name, long size, String sha256) {
    }

    public byte[] toJson() {
        return (GSON.toJson(this) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a manifest; a malformed one is an {@link ArchiveException} naming what is wrong. */
    public static ArchiveManifest parse(byte[] json) throws ArchiveException {
        ArchiveManifest manifest;
        try {
            manifest = GSON.fromJson(new String(json, StandardCharsets.UTF_8), ArchiveManifest.class);
        } catch (JsonParseException e) {
            throw new ArchiveException(NAME + " is not valid JSON (" + e.getMessage() + ")");
        }
        if (manifest == null || manifest.entries() == null) {
            throw new ArchiveException(NAME + " lists no entries");
        }
        if (manifest.format() != FORMAT) {
            throw new ArchiveException(NAME + " has format version " + manifest.format() + "; this Dossier reads "
                    + FORMAT);
        }
        for (Entry entry : manifest.entries()) {
            if (entry == null || entry.name() == null || entry.sha256() == null || entry.size() < 0) {
                throw new ArchiveException(NAME + " has an entry without a name, size or SHA-256");
            }
        }
        return manifest;
    }
}
