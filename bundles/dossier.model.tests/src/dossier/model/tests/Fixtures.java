package dossier.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Copies the committed fixtures (fixtures/ in this fragment) into a test's folder. */
final class Fixtures {

    private Fixtures() {
    }

    /** Copies fixtures/{@code name}/** into {@code target}; returns target. */
    static Path copy(String name, Path target) throws IOException {
        // the host bundle; findEntries also searches its fragments (this one)
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        String root = "fixtures/" + name;
        Enumeration<URL> entries = bundle.findEntries(root, "*", true);
        if (entries == null) {
            throw new IOException("no fixture " + root + " in " + bundle.getSymbolicName());
        }
        int copied = 0;
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            String relative = path.substring(path.indexOf(root) + root.length() + 1);
            Path file = target.resolve(relative);
            Files.createDirectories(file.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, file);
            }
            copied++;
        }
        if (copied == 0) {
            throw new IOException("fixture " + root + " is empty");
        }
        return target;
    }
}
