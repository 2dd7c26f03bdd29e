package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;
import dossier.core.extensions.Contributions;

/**
 * A real bundle installed into the running framework declares an extension point and contributes to it; the
 * contributed classes are the JDK's, so one loads, one is of the wrong type and one does not exist.
 */
class ContributionPointTest {

    private static final String BUNDLE = "example.contributions";
    private static final String POINT = BUNDLE + ".samples";
    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension-point id="samples" name="Samples"/>
               <extension point="example.contributions.samples">
                  <sample id="list" label="b list" class="java.util.ArrayList" icon="icons/list.png"/>
                  <sample id="builder" label="A builder" class="java.lang.StringBuilder"/>
                  <sample id="gone" label="C gone" class="example.Gone"/>
                  <sample id="nameless" class="java.lang.StringBuilder"/>
                  <sample label="No id" class="java.lang.StringBuilder"/>
                  <sample id="classless" label="No class"/>
               </extension>
            </plugin>
            """;

    /** The descriptor of one sample: its class must be an {@link Appendable}. */
    static final class Sample extends Contribution<Appendable> {
        Sample(IConfigurationElement element) {
            super(element, Appendable.class, "sample");
        }
    }

    @TempDir
    Path folder;

    private Bundle contributor;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ILogListener log = (status, plugin) -> logged.add(status.getMessage());
    private final ContributionPoint<Sample> samples = new ContributionPoint<>(POINT, List.of("id", "class"),
            Sample::new, Comparator.comparing(Sample::label, String.CASE_INSENSITIVE_ORDER));

    @BeforeEach
    void install() throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BUNDLE + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        Path jar = folder.resolve(BUNDLE + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("plugin.xml"));
            zip.write(PLUGIN_XML.getBytes(StandardCharsets.UTF_8));
        }
        Platform.addLogListener(log);
        contributor = FrameworkUtil.getBundle(Contributions.class).getBundleContext()
                .installBundle(jar.toUri().toString());
        contributor.start();
    }

    @AfterEach
    void uninstall() throws Exception {
        Platform.removeLogListener(log);
        contributor.uninstall();
    }

    @Test
    void contributionsAreReadOnceInOrderAndOnesWithoutARequiredAttributeAreLeftOutAndLogged() throws IOException {
        List<Sample> all = samples.all();
        assertEquals(List.of("builder", "list", "gone", "nameless"), all.stream().map(Sample::id).toList(),
                "sorted by label; the two without id or class left out");
        assertSame(all, samples.all(), "read once");
        assertEquals("nameless", samples.find("nameless").orElseThrow().label(), "no label: the id");
        assertEquals("icons/list.png", samples.find("list").orElseThrow().icon());
        assertNull(samples.find("builder").orElseThrow().icon());
        assertEquals(BUNDLE, samples.find("builder").orElseThrow().contributor());
        assertTrue(samples.find("classless").isEmpty());
        assertTrue(logged.contains("Bundle " + BUNDLE + " contributes to " + POINT + " without id; it is ignored"),
                logged.toString());
        assertTrue(logged.contains("Bundle " + BUNDLE + " contributes to " + POINT + " without class; it is ignored"),
                logged.toString());
    }

    @Test
    void aClassIsCreatedOnlyWhenAskedForAndAFailureNamesIt() throws Exception {
        Sample builder = samples.find("builder").orElseThrow();
        assertInstanceOf(StringBuilder.class, builder.create());
        assertNotSame(builder.create(), builder.create(), "create() makes a new one each time");
        assertSame(builder.shared(), builder.shared(), "shared() makes one, on first use");

        Contributions.Failure wrongType = assertThrows(Contributions.Failure.class,
                () -> samples.find("list").orElseThrow().create());
        assertEquals("sample 'b list': class java.util.ArrayList from bundle " + BUNDLE
                + " does not implement java.lang.Appendable", wrongType.getMessage());
        Contributions.Failure missing = assertThrows(Contributions.Failure.class,
                () -> samples.find("gone").orElseThrow().shared());
        assertTrue(missing.getMessage().startsWith("sample 'C gone': class example.Gone from bundle " + BUNDLE
                + " failed to load ("), missing.getMessage());
    }
}
