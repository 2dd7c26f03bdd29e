package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;

class WorkspaceAccessTest {

    @TempDir
    Path temp;

    @Test
    void acquireCreatesAMissingFolderAndLocksIt() throws Exception {
        Path folder = temp.resolve("new/research");
        Location location = Workspaces.at(folder);
        try {
            assertEquals(folder.toAbsolutePath(), WorkspaceAccess.acquire(location));
            assertTrue(Files.isDirectory(folder));
            assertTrue(location.isLocked());
        } finally {
            location.release();
        }
    }

    @Test
    void aSecondDossierOnTheSameFolderIsToldItIsInUse() throws Exception {
        Location first = Workspaces.at(temp);
        Location second = Workspaces.at(temp);
        try {
            WorkspaceAccess.acquire(first);
            WorkspaceUnavailableException refused = assertThrows(WorkspaceUnavailableException.class,
                    () -> WorkspaceAccess.acquire(second));
            assertEquals("workspace " + temp + " is in use by another Dossier; close it or choose another folder"
                    + " with -data DIR", refused.getMessage());
            assertTrue(WorkspaceAccess.isLocked(second));
        } finally {
            first.release();
        }
        assertFalse(WorkspaceAccess.isLocked(second), "the lock ends when its holder releases it");
        WorkspaceAccess.acquire(second);
        second.release();
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
        Location location = Workspaces.at(file.resolve("workspace"));
        WorkspaceUnavailableException refused = assertThrows(WorkspaceUnavailableException.class,
                () -> WorkspaceAccess.acquire(location));
        assertTrue(refused.getMessage().startsWith("cannot write to workspace " + file.resolve("workspace")),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("; choose another folder with -data DIR"), refused.getMessage());
        assertEquals("a file, not a folder", Files.readString(file), "the file in the way is left alone");
    }

    @Test
    void aReadOnlyLocationIsRefusedBeforeAnythingIsWritten() throws Exception {
        Location location = Workspaces.at(temp.resolve("shared"), true);
        WorkspaceUnavailableException refused = assertThrows(WorkspaceUnavailableException.class,
                () -> WorkspaceAccess.acquire(location));
        assertTrue(refused.getMessage().contains("it is marked read-only"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("shared")));
    }
}
