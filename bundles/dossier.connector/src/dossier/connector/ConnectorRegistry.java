package dossier.connector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The connectors contributed to {@code dossier.connector.connectors}, read once. */
public final class ConnectorRegistry {

    public static final String EXTENSION_POINT = "dossier.connector.connectors";

    private final List<ConnectorDescriptor> connectors;

    private ConnectorRegistry(List<ConnectorDescriptor> connectors) {
        this.connectors = connectors.stream().sorted(Comparator.comparing(ConnectorDescriptor::id)).toList();
    }

    public static ConnectorRegistry fromExtensions(IExtensionRegistry registry) {
        List<ConnectorDescriptor> read = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (element.getAttribute("id") == null || element.getAttribute("class") == null) {
                ILog.of(ConnectorRegistry.class).log(Status.error("Bundle " + element.getContributor().getName()
                        + " contributes a connector without id or class to " + EXTENSION_POINT + "; it is ignored"));
                continue;
            }
            read.add(new ConnectorDescriptor(element));
        }
        return new ConnectorRegistry(read);
    }

    public List<ConnectorDescriptor> all() {
        return connectors;
    }

    public Optional<ConnectorDescriptor> find(String id) {
        return connectors.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
