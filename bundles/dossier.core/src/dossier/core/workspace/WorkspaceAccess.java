package dossier.core.workspace;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Opens the workspace folder chosen with {@code -data}: checks that it can be written and takes
 * the Equinox instance-location lock, so that two Dossier processes never write one workspace.
 */
public final class WorkspaceAccess {

    private WorkspaceAccess() {
    }

    /** The workspace folder, without checking or locking it. */
    public static Path folder(Location location) throws WorkspaceUnavailableException {
        URL url = location == null ? null : location.getURL();
        if (url == null) {
            throw new WorkspaceUnavailableException("no workspace: start Dossier with -data DIR");
        }
        try {
            return Path.of(URIUtil.toURI(url)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new WorkspaceUnavailableException("workspace location is not a folder: " + url, e);
        }
    }

    /** Checks the folder can be written and locks it for this process; the lock ends with the process. */
    public static Path acquire(Location location) throws WorkspaceUnavailableException {
        Path folder = checkWritable(location);
        try {
            if (!location.lock()) {
                throw inUse(folder);
            }
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("cannot lock workspace " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    /** Checks that the folder exists or can be created, and that a file can be written in it. */
    public static Path checkWritable(Location location) throws WorkspaceUnavailableException {
        Path folder = folder(location);
        if (location.isReadOnly()) {
            throw notWritable(folder, "it is marked read-only");
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".dossier-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw notWritable(folder, describe(e));
        }
        return folder;
    }

    /** True if a process holds the workspace lock; call it without holding the lock yourself. */
    public static boolean isLocked(Location location) throws WorkspaceUnavailableException {
        try {
            return location.isLocked();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("cannot read the workspace lock: " + e.getMessage(), e);
        }
    }

    private static WorkspaceUnavailableException inUse(Path folder) {
        return new WorkspaceUnavailableException("workspace " + folder
                + " is in use by another Dossier; close it or choose another folder with -data DIR");
    }

    private static WorkspaceUnavailableException notWritable(Path folder, String reason) {
        return new WorkspaceUnavailableException(
                "cannot write to workspace " + folder + " (" + reason + "); choose another folder with -data DIR");
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse) {
            String why = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
            return why + ": " + fse.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
