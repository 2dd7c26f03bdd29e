package dossier.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import dossier.store.AtomicFile;

/**
 * What the user installed, kept in the plugins area outside the installation (default {@code ~/.dossier/plugins},
 * or the system property {@code dossier.plugins.area}), so that a newer Dossier unpacked over the old one finds it:
 * {@code plugins.json} (each feature, its version, its update site, its bundles), {@code bundles.txt} (one
 * {@code id,version} a line, what the launcher looks for in bundles.info) and {@code repository/} (a p2 copy of what
 * was installed, so the plugins come back without the update site).
 */
public final class PluginRecords {

    /** One feature the user installed. */
    public record Installed(String feature, String version, String repository, List<String> bundles) {
    }

    private record Content(List<Installed> plugins) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path area;

    public PluginRecords(Path area) {
        this.area = area;
    }

    /** The plugins area of this Dossier. */
    public static PluginRecords forThisUser() {
        String configured = System.getProperty("dossier.plugins.area");
        return new PluginRecords(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".dossier", "plugins"));
    }

    public Path area() {
        return area;
    }

    /** The local p2 repository holding a copy of every installed plugin. */
    public Path repository() {
        return area.resolve("repository");
    }

    public List<Installed> list() throws IOException {
        Path file = area.resolve("plugins.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Content content = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Content.class);
            return content == null || content.plugins() == null ? List.of() : List.copyOf(content.plugins());
        } catch (JsonParseException e) {
            throw new IOException(file + " is not a list of plugins (" + e.getMessage() + ")", e);
        }
    }

    public Optional<Installed> find(String feature) throws IOException {
        return list().stream().filter(p -> p.feature().equals(feature)).findFirst();
    }

    /** Records an installed feature, replacing an older record of it. */
    public void add(Installed installed) throws IOException {
        List<Installed> plugins = new ArrayList<>(list());
        plugins.removeIf(p -> p.feature().equals(installed.feature()));
        plugins.add(installed);
        save(plugins);
    }

    public void remove(String feature) throws IOException {
        List<Installed> plugins = new ArrayList<>(list());
        if (plugins.removeIf(p -> p.feature().equals(feature))) {
            save(plugins);
        }
    }

    private void save(List<Installed> plugins) throws IOException {
        Files.createDirectories(area);
        AtomicFile.write(area.resolve("plugins.json"), GSON.toJson(new Content(plugins)).getBytes(StandardCharsets.UTF_8));
        StringBuilder bundles = new StringBuilder();
        plugins.forEach(p -> p.bundles().forEach(b -> bundles.append(b).append('\n')));
        AtomicFile.write(area.resolve("bundles.txt"), bundles.toString().getBytes(StandardCharsets.UTF_8));
    }
}
