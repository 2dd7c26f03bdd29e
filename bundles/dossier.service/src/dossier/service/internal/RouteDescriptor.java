package dossier.service.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;
import dossier.service.ServiceRoute;

/** A path contributed to {@code dossier.service.routes}; its class is created on the first request for it. */
public final class RouteDescriptor extends Contribution<ServiceRoute> {

    private static final ContributionPoint<RouteDescriptor> POINT = new ContributionPoint<>("dossier.service.routes",
            List.of("path", "class"), RouteDescriptor::new, Comparator.comparing(RouteDescriptor::id));

    private RouteDescriptor(IConfigurationElement element) {
        super(element, ServiceRoute.class, "service route", "path");
    }

    /** The route contributed for {@code path}, if any. */
    public static Optional<RouteDescriptor> of(String path) {
        return POINT.find(path);
    }
}
