package dossier.core.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * The contributions to one extension point, read once on first use into descriptors, in a fixed order; a contribution
 * without one of the required attributes is logged and left out.
 *
 * @param <C> the descriptor of one contribution
 */
public final class ContributionPoint<C extends Contribution<?>> {

    private final String id;
    private final List<String> required;
    private final Function<IConfigurationElement, C> describe;
    private final Comparator<? super C> order;
    private List<C> all;

    /**
     * @param id the extension point's full id
     * @param required the attributes without which a contribution is left out, e.g. {@code id} and {@code class}
     */
    public ContributionPoint(String id, List<String> required, Function<IConfigurationElement, C> describe,
            Comparator<? super C> order) {
        this.id = id;
        this.required = List.copyOf(required);
        this.describe = describe;
        this.order = order;
    }

    public synchronized List<C> all() {
        if (all == null) {
            List<C> read = new ArrayList<>();
            for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(id)) {
                List<String> missing = required.stream().filter(name -> element.getAttribute(name) == null).toList();
                if (!missing.isEmpty()) {
                    ILog.of(ContributionPoint.class).log(Status.error("Bundle " + element.getContributor().getName()
                            + " contributes to " + id + " without " + String.join(", ", missing) + "; it is ignored"));
                    continue;
                }
                read.add(describe.apply(element));
            }
            read.sort(order);
            all = List.copyOf(read);
        }
        return all;
    }

    public Optional<C> find(String contributionId) {
        return all().stream().filter(c -> c.id().equals(contributionId)).findFirst();
    }
}
