package dossier.connector;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dossier.core.extensions.ContributionPoint;

/** The connectors contributed to {@code dossier.connector.connectors}, read once per platform. */
public final class ConnectorRegistry {

    public static final String EXTENSION_POINT = "dossier.connector.connectors";
    private static final ContributionPoint<ConnectorDescriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("id", "class"), ConnectorDescriptor::new, Comparator.comparing(ConnectorDescriptor::id));
    private static final ConnectorRegistry PLATFORM = new ConnectorRegistry();

    private ConnectorRegistry() {
    }

    /** The connectors of the running platform; a contribution without id or class is logged and left out. */
    public static ConnectorRegistry platform() {
        return PLATFORM;
    }

    public List<ConnectorDescriptor> all() {
        return POINT.all();
    }

    public Optional<ConnectorDescriptor> find(String id) {
        return POINT.find(id);
    }
}
