package dossier.casefile.ui.library;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.Contributions;
import dossier.core.extensions.ContributionPoint;

/**
 * The contributed Library groups, read once into descriptors (id, label, order); a group's class is created the first
 * time the Library needs it (when the workspace is open, to watch it), and a class that cannot be created is named.
 */
public final class LibraryGroups {

    public static final String EXTENSION_POINT = "dossier.casefile.ui.libraryGroups";
    private static final ContributionPoint<Descriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("id", "label", "class"), Descriptor::new,
            Comparator.comparingInt((Descriptor d) -> d.order).thenComparing(Descriptor::label));

    /** One contribution; {@link #group()} creates its class on first use. */
    public static final class Descriptor extends Contribution<LibraryGroup> {
        private final int order;

        Descriptor(IConfigurationElement element) {
            super(element, LibraryGroup.class, "Library group");
            this.order = order(attribute("order"));
        }

        /** What the Library says in the group while it has no entries (how to add one), or null. */
        public String emptyHint() {
            return attribute("emptyHint");
        }

        /** The group's implementation, created on first use. */
        public LibraryGroup group() throws Contributions.Failure {
            return shared();
        }

        private static int order(String attribute) {
            try {
                return Integer.parseInt(attribute);
            } catch (NumberFormatException e) {
                return 100;
            }
        }
    }

    private LibraryGroups() {
    }

    public static List<Descriptor> all() {
        return POINT.all();
    }
}
