package dossier.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.internal.CommandRunner;

/**
 * The plugins commands where they must refuse: the test runtime is not a p2-installed Dossier, and mistakes in the
 * arguments. Installing for real is tested against the product by releng/dossier.repository/plugins-test.sh.
 */
class PluginsCommandTest {

    @TempDir
    Path workspace;

    @Test
    void withoutAnInstalledDossierTheCommandsSaySoInOneLine() throws Exception {
        CommandRunner.Captured list = CommandRunner.runIn(workspace, "plugins", "list");
        assertEquals(1, list.exit());
        assertEquals(1, list.err().lines().count(), list.err());
        assertTrue(list.err().startsWith("dossier plugins list: "), list.err());
        assertTrue(list.err().contains("p2") || list.err().contains("installed Dossier"), list.err());
    }

    @Test
    void mistakesInTheArguments() throws Exception {
        assertEquals(2, CommandRunner.runIn(workspace, "plugins", "install", "http://127.0.0.1:9/site").exit(),
                "a feature is needed");
        CommandRunner.Captured missing = CommandRunner.runIn(workspace, "plugins", "install",
                workspace.resolve("no-site").toString(), "x.feature");
        assertEquals(1, missing.exit());
        assertEquals("dossier plugins install: no update site folder " + workspace.resolve("no-site") + "\n",
                missing.err());
    }
}
