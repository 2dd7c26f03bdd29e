package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.doctor.Check;
import dossier.core.doctor.Check.Status;
import dossier.core.doctor.Doctor;
import dossier.core.workspace.WorkspaceAccess;

class DoctorTest {

    @TempDir
    Path temp;

    private Doctor doctor(Map<String, String> env) throws Exception {
        Path libs = Files.createDirectories(temp.resolve("lib"));
        Path sockets = Files.createDirectories(temp.resolve("x11"));
        return new Doctor(env, List.of(libs), sockets);
    }

    @Test
    void missingGtkIsAnErrorWithTheAptLine() throws Exception {
        Check gtk = doctor(Map.of()).checkGtk();
        assertEquals(Status.ERROR, gtk.status());
        assertEquals("apt-get install libgtk-3-0", gtk.fix());
    }

    @Test
    void gtkIsFoundInTheLibraryFoldersAndOnLdLibraryPath() throws Exception {
        Doctor doctor = doctor(Map.of());
        Files.createFile(temp.resolve("lib/libgtk-3.so.0"));
        assertEquals(Status.OK, doctor.checkGtk().status());

        Path custom = Files.createDirectories(temp.resolve("custom"));
        Files.createFile(custom.resolve("libgtk-3.so.0"));
        Doctor onPath = new Doctor(Map.of("LD_LIBRARY_PATH", "/nowhere:" + custom), List.of(), temp);
        Check gtk = onPath.checkGtk();
        assertEquals(Status.OK, gtk.status());
        assertTrue(gtk.detail().contains(custom.toString()), gtk.detail());
    }

    @Test
    void noDisplayIsAWarningThatSuggestsXvfb() throws Exception {
        Check display = doctor(Map.of()).checkDisplay();
        assertEquals(Status.WARNING, display.status());
        assertTrue(display.fix().contains("apt-get install xvfb"), display.fix());
    }

    @Test
    void aLocalDisplayNeedsItsXServerSocket() throws Exception {
        Doctor doctor = doctor(Map.of("DISPLAY", ":7"));
        Check absent = doctor.checkDisplay();
        assertEquals(Status.WARNING, absent.status());
        assertTrue(absent.detail().contains("no X server"), absent.detail());

        Files.createFile(temp.resolve("x11/X7"));
        assertEquals(Status.OK, doctor.checkDisplay().status());
        assertEquals(Status.OK, doctor(Map.of("DISPLAY", "remote.example:0")).checkDisplay().status());
    }

    @Test
    void aWorkspaceInUseIsReportedWithoutTakingIt() throws Exception {
        Location holder = Workspaces.at(temp.resolve("ws"));
        Location inspected = Workspaces.at(temp.resolve("ws"));
        Doctor doctor = doctor(Map.of());
        assertEquals(Status.OK, doctor.run(inspected).get(3).status());
        WorkspaceAccess.acquire(holder);
        try {
            Check workspace = doctor.run(inspected).get(3);
            assertEquals("workspace", workspace.name());
            assertEquals(Status.WARNING, workspace.status());
            assertTrue(workspace.detail().endsWith("is in use by another Dossier"), workspace.detail());
        } finally {
            holder.release();
        }
    }
}
