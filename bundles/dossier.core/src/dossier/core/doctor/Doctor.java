package dossier.core.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.FrameworkUtil;

import dossier.core.doctor.Check.Status;
import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;

/** Checks what Dossier needs from the machine: Java, GTK 3, a display and the workspace folder; and the plugins. */
public final class Doctor {

    static final String GTK_LIBRARY = "libgtk-3.so.0";
    private static final Pattern LOCAL_X_DISPLAY = Pattern.compile("^(?:unix)?:(\\d+)(?:\\.\\d+)?$");

    private final Map<String, String> environment;
    private final List<Path> libraryFolders;
    private final Path x11SocketFolder;

    /**
     * @param environment the process environment (DISPLAY, WAYLAND_DISPLAY, LD_LIBRARY_PATH)
     * @param libraryFolders where shared libraries are searched, besides LD_LIBRARY_PATH
     * @param x11SocketFolder where local X servers put their sockets
     */
    public Doctor(Map<String, String> environment, List<Path> libraryFolders, Path x11SocketFolder) {
        this.environment = environment;
        this.libraryFolders = libraryFolders;
        this.x11SocketFolder = x11SocketFolder;
    }

    /** A doctor for this machine, with Debian's library folders. */
    public static Doctor forThisMachine() {
        List<Path> folders = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/lib/x86_64-linux-gnu"),
                Path.of("/usr/lib64"), Path.of("/usr/lib"), Path.of("/lib64"), Path.of("/lib"));
        return new Doctor(System.getenv(), folders, Path.of("/tmp/.X11-unix"));
    }

    /** Runs every check; the workspace check reads the lock without taking it. */
    public List<Check> run(Location workspace) {
        List<Check> checks = new ArrayList<>();
        checks.add(checkJava(Runtime.version().feature()));
        checks.add(checkGtk());
        checks.add(checkDisplay());
        checks.add(checkWorkspace(workspace));
        checks.add(checkBundles(UnresolvedBundles.find(FrameworkUtil.getBundle(Doctor.class).getBundleContext())));
        return checks;
    }

    /** Plugin bundles that did not resolve are left out: named with the resolver's reason, a warning. */
    public Check checkBundles(List<UnresolvedBundles.Problem> unresolved) {
        if (unresolved.isEmpty()) {
            return Check.ok("plugins", "every installed bundle resolved");
        }
        return new Check("plugins", Status.WARNING, "left out, did not resolve: " + unresolved.stream()
                .map(UnresolvedBundles.Problem::toString).reduce((a, b) -> a + " | " + b).orElseThrow(),
                "dossier plugins list shows the installed plugins; uninstall the one that brought it, or install what it needs");
    }

    public Check checkJava(int feature) {
        String found = "Java " + System.getProperty("java.runtime.version") + " at " + System.getProperty("java.home");
        if (feature < 17) {
            return new Check("java", Status.ERROR, found, "install Java 17: apt-get install openjdk-17-jre");
        }
        return Check.ok("java", found);
    }

    public Check checkGtk() {
        List<Path> folders = new ArrayList<>();
        String ldPath = environment.getOrDefault("LD_LIBRARY_PATH", "");
        for (String entry : ldPath.split(":")) {
            if (!entry.isBlank()) {
                folders.add(Path.of(entry));
            }
        }
        folders.addAll(libraryFolders);
        for (Path folder : folders) {
            Path library = folder.resolve(GTK_LIBRARY);
            if (Files.exists(library)) {
                return Check.ok("gtk", "GTK 3 found: " + library);
            }
        }
        return new Check("gtk", Status.ERROR, "GTK 3 (" + GTK_LIBRARY + ") not found; the workbench cannot start",
                "apt-get install libgtk-3-0");
    }

    public Check checkDisplay() {
        String display = environment.getOrDefault("DISPLAY", "");
        String wayland = environment.getOrDefault("WAYLAND_DISPLAY", "");
        if (display.isBlank() && wayland.isBlank()) {
            return new Check("display", Status.WARNING,
                    "no display (DISPLAY is not set): commands work, the workbench cannot open",
                    "run on a desktop, or under a virtual display: apt-get install xvfb; xvfb-run -a dossier");
        }
        if (display.isBlank()) {
            return Check.ok("display", "Wayland display " + wayland);
        }
        Matcher local = LOCAL_X_DISPLAY.matcher(display);
        if (local.matches() && !Files.exists(x11SocketFolder.resolve("X" + local.group(1)))) {
            return new Check("display", Status.WARNING,
                    "DISPLAY=" + display + " but no X server listens at " + x11SocketFolder.resolve("X" + local.group(1)),
                    "start the X server, or use a virtual display: xvfb-run -a dossier");
        }
        return Check.ok("display", "DISPLAY=" + display);
    }

    Check checkWorkspace(Location workspace) {
        try {
            Path folder = WorkspaceAccess.checkWritable(workspace);
            if (WorkspaceAccess.isLocked(workspace)) {
                return new Check("workspace", Status.WARNING, folder + " is in use by another Dossier",
                        "close the other Dossier before running commands that change this workspace");
            }
            return Check.ok("workspace", folder + " is writable and free");
        } catch (WorkspaceUnavailableException e) {
            return new Check("workspace", Status.ERROR, e.getMessage(), "choose another folder with -data DIR");
        }
    }
}
