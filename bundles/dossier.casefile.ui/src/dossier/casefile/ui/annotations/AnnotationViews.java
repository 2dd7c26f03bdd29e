package dossier.casefile.ui.annotations;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;

/** The contributed annotation views, read once into descriptors (id, label, icon); classes load on first show. */
public final class AnnotationViews {

    public static final String EXTENSION_POINT = "dossier.casefile.ui.annotationViews";
    private static final ContributionPoint<Descriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("id", "class"), Descriptor::new, (a, b) -> a.label().compareToIgnoreCase(b.label()));

    /** One contribution; {@link #create()} makes a new view for each part that shows it. */
    public static final class Descriptor extends Contribution<AnnotationView> {
        Descriptor(IConfigurationElement element) {
            super(element, AnnotationView.class, "annotation view");
        }
    }

    private AnnotationViews() {
    }

    public static List<Descriptor> all() {
        return POINT.all();
    }

    public static Optional<Descriptor> find(String id) {
        return POINT.find(id);
    }
}
