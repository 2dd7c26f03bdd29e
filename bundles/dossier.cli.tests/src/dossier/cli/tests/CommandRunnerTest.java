package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner;

/** Runs the real command registry, read from the installed bundles' plugin.xml, as the launcher does. */
class CommandRunnerTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Location workspace, String... args) {
        out.reset();
        err.reset();
        return new CommandRunner(workspace, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private int run(String... args) throws IOException {
        return run(location(temp.resolve("workspace")), args);
    }

    private static Location location(Path folder) throws IOException {
        Location location = Platform.getInstanceLocation().createLocation(null, null, false);
        location.set(folder.toUri().toURL(), false);
        return location;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandWithItsSummaryOnOneLine() throws Exception {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("\n  version            Print Dossier's version, and the Java and OSGi framework it runs on\n"), out());
        assertTrue(out().contains("\n  doctor             Check Java, GTK, the display and the workspace"), out());
        assertTrue(out().contains("\n  testing workspace  Prints the locked workspace folder\n"), out());
        assertEquals("", err());
        assertEquals(0, run());
        assertTrue(out().contains("Commands:"), "no arguments print the same overview");
    }

    @Test
    void versionPrintsTheBundleVersionAlsoAsJson() throws Exception {
        String version = FrameworkUtil.getBundle(CommandRunner.class).getVersion().toString();
        assertEquals(0, run("version"));
        assertTrue(out().startsWith("Dossier " + version + "\n"), out());
        assertEquals(0, run("version", "--json"));
        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(version, json.get("version").getAsString());
        assertTrue(json.get("java").getAsString().startsWith(System.getProperty("java.runtime.version")));
    }

    @Test
    void aCommandExplainsItselfWithHelp() throws Exception {
        assertEquals(0, run("doctor", "--help"));
        assertTrue(out().startsWith("Usage: dossier doctor [-h] [--json]"), out());
        assertTrue(out().contains("-data DIR"), "the shared -data option is explained");
    }

    @Test
    void mistakesGetOneLineAndExitCode2() throws Exception {
        assertEquals(2, run("serach", "social"));
        assertEquals("dossier: unknown command 'serach'; 'dossier --help' lists the commands\n", err());
        assertEquals(2, run("version", "--jsn"));
        assertEquals("dossier version: Unknown option: '--jsn'; 'dossier version --help' explains it\n", err());
        assertEquals(2, run("testing"));
        assertTrue(err().startsWith("'dossier testing' needs one of:\n  testing broken"), err());
        assertEquals("", out());
    }

    @Test
    void aCommandThatCannotBeCreatedNamesItsClassAndBundle() throws Exception {
        assertEquals(1, run("testing", "broken"));
        assertTrue(err().startsWith("dossier testing broken: command 'testing broken' cannot run: class "
                + "dossier.cli.tests.NoSuchCommand from bundle dossier.cli failed to load"), err());
        assertEquals(1, err().strip().lines().count(), err());
    }

    @Test
    void aWorkspaceCommandGetsTheLockedFolderAndIsRefusedWhileAnotherHoldsIt() throws Exception {
        Path folder = temp.resolve("research");
        Location mine = location(folder);
        assertEquals(0, run(mine, "testing", "workspace"), err());
        assertEquals(folder + "\n", out());
        mine.release();

        Location other = location(folder);
        other.lock();
        try {
            assertEquals(1, run(location(folder), "testing", "workspace"));
            assertEquals("dossier testing workspace: workspace " + folder + " is in use by another Dossier; close"
                    + " it or choose another folder with -data DIR\n", err());
        } finally {
            other.release();
        }
    }
}
