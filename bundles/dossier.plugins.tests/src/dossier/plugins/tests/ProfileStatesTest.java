package dossier.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.plugins.ProfileStates;

/** Profile states in a real folder, as p2 writes them (gzipped XML named by timestamp). */
class ProfileStatesTest {

    @TempDir
    Path states;

    private void state(long timestamp, String... units) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version='1.0'?><profile id='DefaultProfile'><units>");
        for (String unit : units) {
            String[] idVersion = unit.split(",");
            xml.append("<unit id='").append(idVersion[0]).append("' version='").append(idVersion[1])
                    .append("' singleton='false'></unit>");
        }
        xml.append("</units></profile>");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(states.resolve(timestamp + ".profile.gz")))) {
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(states)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theUsersNewerStatesOfTheOldBuildAreSetAside() throws Exception {
        state(100, "dossier.core,1.0.0.old");
        state(300, "dossier.core,1.0.0.old", "hn,1.0.0"); // the user's install, after the new build was made
        state(400, "dossier.core,1.0.0.old", "hn,1.0.0", "other,2.0.0");
        state(200, "dossier.core,1.0.0.new"); // the newer build, unpacked over the old one

        List<Path> aside = ProfileStates.supersedeStale(states, List.of("dossier.core,1.0.0.new"), List.of("hn,1.0.0"));
        assertEquals(List.of(states.resolve("400.profile.gz"), states.resolve("300.profile.gz")), aside);
        assertEquals(List.of("100.profile.gz", "200.profile.gz", "300.profile.gz.superseded", "400.profile.gz.superseded"),
                files());
    }

    @Test
    void theSameBuildUnpackedAgainDropsTheStateThatStillListsThePlugin() throws Exception {
        state(100, "dossier.core,1.0.0.q");
        state(300, "dossier.core,1.0.0.q", "hn,1.0.0");

        assertEquals(List.of(states.resolve("300.profile.gz")),
                ProfileStates.supersedeStale(states, List.of("dossier.core,1.0.0.q"), List.of("hn,1.0.0")));
        assertTrue(Files.exists(states.resolve("100.profile.gz")));
    }

    @Test
    void aStateThatAgreesWithTheFilesStays() throws Exception {
        state(100, "dossier.core,1.0.0.q");
        state(300, "dossier.core,1.0.0.q", "hn,1.0.0");

        assertEquals(List.of(), ProfileStates.supersedeStale(states, List.of("dossier.core,1.0.0.q", "hn,1.0.0"), List.of()));
        assertEquals(List.of(), ProfileStates.supersedeStale(states, List.of("dossier.core,9.9.9"), List.of()),
                "no state agrees: nothing is touched");
        assertEquals(List.of("100.profile.gz", "300.profile.gz"), files());
    }
}
