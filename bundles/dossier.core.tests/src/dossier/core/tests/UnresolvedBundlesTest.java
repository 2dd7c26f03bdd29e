package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dossier.core.doctor.Check;
import dossier.core.doctor.Doctor;
import dossier.core.doctor.UnresolvedBundles;

/** Real bundles installed into the running framework: one whose import is missing, one that resolves. */
class UnresolvedBundlesTest {

    @TempDir
    Path folder;

    private Path bundle(String name, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.2.3");
        if (importPackage != null) {
            main.putValue("Import-Package", importPackage);
        }
        Path jar = folder.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all these bundles have
        }
        return jar;
    }

    /** The problems with this test's bundles (the test runtime may have others). */
    private static List<UnresolvedBundles.Problem> examples(BundleContext context) {
        return UnresolvedBundles.find(context).stream().filter(p -> p.bundle().startsWith("example.")).toList();
    }

    @Test
    void aBundleWhoseImportIsMissingIsNamedWithTheReason() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Doctor.class).getBundleContext();
        Bundle broken = context.installBundle(bundle("example.broken", "org.example.nowhere").toUri().toString());
        Bundle fine = context.installBundle(bundle("example.fine", "org.osgi.framework").toUri().toString());
        try {
            List<UnresolvedBundles.Problem> problems = examples(context);
            assertEquals(List.of(new UnresolvedBundles.Problem("example.broken", "1.2.3",
                    "Unresolved requirement: Import-Package: org.example.nowhere")), problems);
            assertTrue(fine.getState() != Bundle.INSTALLED, "the bundle that can resolve did");

            Check check = Doctor.forThisMachine().checkBundles(problems);
            assertEquals(Check.Status.WARNING, check.status());
            assertEquals("left out, did not resolve: example.broken 1.2.3: Unresolved requirement: Import-Package:"
                    + " org.example.nowhere", check.detail());
        } finally {
            broken.uninstall();
            fine.uninstall();
        }
        assertEquals(List.of(), examples(context));
        assertEquals(Check.Status.OK, Doctor.forThisMachine().checkBundles(List.of()).status());
    }
}
