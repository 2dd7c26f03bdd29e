package dossier.casefile.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * The contributed Library groups, read once into descriptors (id, label, order); a group's class is created the first
 * time the Library needs it (when the workspace is open, to watch it), and a class that cannot be created is named.
 */
public final class LibraryGroups {

    public static final String EXTENSION_POINT = "dossier.casefile.ui.libraryGroups";
    private static List<Descriptor> all;

    /** One contribution; {@link #group()} creates its class on first use. */
    public static final class Descriptor {
        private final String id;
        private final String label;
        private final int order;
        private final String emptyHint;
        private final IConfigurationElement element;
        private LibraryGroup group;

        Descriptor(String id, String label, int order, String emptyHint, IConfigurationElement element) {
            this.id = id;
            this.label = label;
            this.order = order;
            this.emptyHint = emptyHint;
            this.element = element;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** What the Library says in the group while it has no entries (how to add one), or null. */
        public String emptyHint() {
            return emptyHint;
        }

        /** The group's implementation, created on first use. */
        public synchronized LibraryGroup group() throws CoreException {
            if (group == null) {
                try {
                    group = (LibraryGroup) element.createExecutableExtension("class");
                } catch (CoreException | ClassCastException e) {
                    throw new CoreException(Status.error("The Library group '" + label + "' of bundle "
                            + element.getContributor().getName() + " cannot be created from class "
                            + element.getAttribute("class") + ": " + e.getMessage(), e));
                }
            }
            return group;
        }
    }

    private LibraryGroups() {
    }

    public static synchronized List<Descriptor> all() {
        if (all == null) {
            List<Descriptor> read = new ArrayList<>();
            for (IConfigurationElement element : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor(EXTENSION_POINT)) {
                String id = element.getAttribute("id");
                String label = element.getAttribute("label");
                if (id == null || label == null || element.getAttribute("class") == null) {
                    ILog.of(LibraryGroups.class).log(Status.error("Bundle " + element.getContributor().getName()
                            + " contributes a Library group without id, label or class; it is ignored"));
                    continue;
                }
                read.add(new Descriptor(id, label, order(element), element.getAttribute("emptyHint"), element));
            }
            read.sort(Comparator.comparingInt((Descriptor d) -> d.order).thenComparing(Descriptor::label));
            all = List.copyOf(read);
        }
        return all;
    }

    private static int order(IConfigurationElement element) {
        try {
            return Integer.parseInt(element.getAttribute("order"));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
