package dossier.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.plugins.PluginRecords;
import dossier.plugins.PluginRecords.Installed;

/** The record of the user's plugins in a real folder: what the launcher and a newer Dossier read. */
class PluginRecordsTest {

    @TempDir
    Path area;

    @Test
    void installsAreRecordedWithTheBundlesTheLauncherLooksFor() throws Exception {
        PluginRecords records = new PluginRecords(area.resolve("plugins"));
        assertEquals(List.of(), records.list(), "nothing recorded yet");
        records.add(new Installed("a.feature", "1.0.0.q1", "http://127.0.0.1:9/site", List.of("a.one,1.0.0.q1", "a.two,1.0.0.q1")));
        records.add(new Installed("b.feature", "2.0.0", "file:/srv/site/", List.of("b,2.0.0")));
        records.add(new Installed("a.feature", "1.1.0", "http://127.0.0.1:9/site", List.of("a.one,1.1.0")));

        PluginRecords reread = new PluginRecords(area.resolve("plugins"));
        assertEquals(List.of("b.feature", "a.feature"), reread.list().stream().map(Installed::feature).toList(),
                "a reinstall replaces the older record");
        assertEquals("1.1.0", reread.find("a.feature").orElseThrow().version());
        assertEquals(List.of("b,2.0.0", "a.one,1.1.0"), Files.readAllLines(area.resolve("plugins/bundles.txt")));

        reread.remove("b.feature");
        assertEquals(List.of("a.one,1.1.0"), Files.readAllLines(area.resolve("plugins/bundles.txt")));
        assertTrue(reread.find("b.feature").isEmpty());
    }

    @Test
    void aDamagedRecordIsNamed() throws Exception {
        Files.createDirectories(area);
        Files.writeString(area.resolve("plugins.json"), "{\"plugins\": [ {\"feature\": ");
        IOException thrown = assertThrows(IOException.class, () -> new PluginRecords(area).list());
        assertTrue(thrown.getMessage().startsWith(area.resolve("plugins.json") + " is not a list of plugins"),
                thrown.getMessage());
    }
}
