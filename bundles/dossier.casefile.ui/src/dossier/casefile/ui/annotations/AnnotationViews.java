package dossier.casefile.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/** The contributed annotation views, read once into descriptors (id, label, icon); classes load on first show. */
public final class AnnotationViews {

    public static final String EXTENSION_POINT = "dossier.casefile.ui.annotationViews";
    private static List<Descriptor> all;

    /** One contribution. */
    public record Descriptor(String id, String label, String icon, String contributor, IConfigurationElement element) {
    }

    private AnnotationViews() {
    }

    public static synchronized List<Descriptor> all() {
        if (all == null) {
            List<Descriptor> read = new ArrayList<>();
            for (IConfigurationElement element : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor(EXTENSION_POINT)) {
                String id = element.getAttribute("id");
                if (id == null || element.getAttribute("class") == null) {
                    ILog.of(AnnotationViews.class).log(Status.error("Bundle " + element.getContributor().getName()
                            + " contributes an annotation view without id or class; it is ignored"));
                    continue;
                }
                read.add(new Descriptor(id, element.getAttribute("label") == null ? id : element.getAttribute("label"),
                        element.getAttribute("icon"), element.getContributor().getName(), element));
            }
            read.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
            all = List.copyOf(read);
        }
        return all;
    }

    public static Optional<Descriptor> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
