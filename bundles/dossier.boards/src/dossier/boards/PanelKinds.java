package dossier.boards;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;

/** The contributed panel kinds, read once into descriptors; a kind's class is created when first computed. */
public final class PanelKinds {

    public static final String EXTENSION_POINT = "dossier.boards.panels";
    private static final ContributionPoint<Descriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("id", "label", "class"), Descriptor::new,
            Comparator.comparingInt((Descriptor d) -> d.order).thenComparing(Descriptor::label));

    /** One contribution: id, label, what its parameters are; {@link #shared()} creates its class. */
    public static final class Descriptor extends Contribution<PanelKind> {
        private final int order;

        Descriptor(IConfigurationElement element) {
            super(element, PanelKind.class, "Panel kind");
            int parsed;
            try {
                parsed = Integer.parseInt(attribute("order"));
            } catch (NumberFormatException e) {
                parsed = 100;
            }
            this.order = parsed;
        }

        /** What the panel's parameters are, for help texts, or "". */
        public String parameters() {
            String parameters = attribute("parameters");
            return parameters == null ? "" : parameters;
        }
    }

    private PanelKinds() {
    }

    public static List<Descriptor> all() {
        return POINT.all();
    }

    public static Optional<Descriptor> find(String id) {
        return POINT.find(id);
    }
}
