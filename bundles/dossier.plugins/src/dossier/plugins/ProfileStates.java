package dossier.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The saved states of the p2 profile ({@code <timestamp>.profile.gz}); p2 takes the newest as current. When a newer
 * Dossier is unpacked over an older one into which the user installed plugins, the user's states can be newer than
 * the new build's own (or the same build was unpacked again), and p2 would take a state that no longer matches the
 * files for the current one. {@link #supersedeStale} sets those aside (renamed {@code .superseded}, nothing deleted)
 * so that the state of the files unpacked last is current again.
 */
public final class ProfileStates {

    private static final String SUFFIX = ".profile.gz";

    private ProfileStates() {
    }

    /** The folder of the running Dossier's profile states, if Dossier runs from an installed product. */
    public static Optional<Path> ofRunningDossier() {
        String profile = System.getProperty("eclipse.p2.profile");
        Location configuration = Platform.getConfigurationLocation();
        if (profile == null || configuration == null || configuration.getURL() == null) {
            return Optional.empty();
        }
        try {
            Path config = Path.of(configuration.getURL().toURI());
            String area = System.getProperty("eclipse.p2.data.area", "@config.dir/../p2");
            Path data = area.startsWith("@config.dir") ? config.resolve(area.substring("@config.dir/".length()))
                    : Path.of(area.replaceFirst("^file:", ""));
            Path states = data.normalize().resolve("org.eclipse.equinox.p2.engine/profileRegistry/" + profile + ".profile");
            return Files.isDirectory(states) ? Optional.of(states) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Sets aside the states newer than the newest one that agrees with the installation's files: it has every unit of
     * {@code present} and none of {@code absent} (each {@code id,version}). Returns the states set aside; nothing
     * changes when the newest state agrees, or none does.
     */
    public static List<Path> supersedeStale(Path states, Collection<String> present, Collection<String> absent)
            throws IOException {
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(states)) {
            newestFirst = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparingLong(ProfileStates::timestamp).reversed()).toList();
        }
        List<Path> stale = new ArrayList<>();
        for (Path state : newestFirst) {
            String profile = read(state);
            if (present.stream().allMatch(unit -> profile.contains(unitElement(unit)))
                    && absent.stream().noneMatch(unit -> profile.contains(unitElement(unit)))) {
                for (Path path : stale) {
                    Files.move(path, path.resolveSibling(path.getFileName() + ".superseded"), StandardCopyOption.ATOMIC_MOVE);
                }
                return stale;
            }
            stale.add(state);
        }
        return List.of();
    }

    /** The bundles ({@code id,version}) the running installation's configuration lists (bundles.info). */
    public static Set<String> configuredBundles() throws IOException {
        Location configuration = Platform.getConfigurationLocation();
        if (configuration == null || configuration.getURL() == null) {
            return Set.of();
        }
        try {
            Path info = Path.of(configuration.getURL().toURI()).resolve("org.eclipse.equinox.simpleconfigurator/bundles.info");
            if (!Files.exists(info)) {
                return Set.of();
            }
            try (Stream<String> lines = Files.lines(info)) {
                return lines.filter(line -> !line.startsWith("#")).map(line -> line.split(",")).filter(f -> f.length > 1)
                        .map(f -> f[0] + "," + f[1]).collect(Collectors.toSet());
            }
        } catch (URISyntaxException e) {
            return Set.of();
        }
    }

    private static String unitElement(String unit) {
        String[] idVersion = unit.split(",", 2);
        return "<unit id='" + idVersion[0] + "' version='" + idVersion[1] + "'";
    }

    private static long timestamp(Path state) {
        String name = state.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String read(Path state) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(state))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
