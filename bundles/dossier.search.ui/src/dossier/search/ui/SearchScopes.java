package dossier.search.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;
import dossier.core.extensions.Contributions;

/**
 * The contributed search scopes, read once into descriptors (id, label, order); a scope's class is created the first
 * time the Search view needs it (when the workspace is open). This workspace's index is the view's own scope.
 */
public final class SearchScopes {

    public static final String EXTENSION_POINT = "dossier.search.ui.searchScopes";
    /** What the view calls its own scope, this workspace's index. */
    public static final String LOCAL_LABEL = "This workspace";
    private static final ContributionPoint<Descriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("id", "label", "class"), Descriptor::new,
            Comparator.comparingInt((Descriptor d) -> d.order).thenComparing(Descriptor::label));

    /** One contribution; {@link #scope()} creates its class on first use. */
    public static final class Descriptor extends Contribution<SearchScope> {
        private final int order;

        Descriptor(IConfigurationElement element) {
            super(element, SearchScope.class, "Search scope");
            int read;
            try {
                read = Integer.parseInt(attribute("order"));
            } catch (NumberFormatException e) {
                read = 100;
            }
            this.order = read;
        }

        public SearchScope scope() throws Contributions.Failure {
            return shared();
        }
    }

    private SearchScopes() {
    }

    public static List<Descriptor> all() {
        return POINT.all();
    }
}
