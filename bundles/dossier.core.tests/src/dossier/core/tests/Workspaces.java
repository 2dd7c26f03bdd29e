package dossier.core.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/** Real Equinox locations on test folders, like the one {@code -data DIR} gives the product. */
public final class Workspaces {

    private Workspaces() {
    }

    public static Location at(Path folder) throws IOException {
        return at(folder, false);
    }

    public static Location at(Path folder, boolean readOnly) throws IOException {
        Location location = Platform.getInstanceLocation().createLocation(null, null, readOnly);
        if (!location.set(folder.toUri().toURL(), false)) {
            throw new IOException("cannot set a location on " + folder);
        }
        return location;
    }
}
