package dossier.connector;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

import dossier.core.extensions.Contributions;


/** A contributed connector, read once from plugin.xml; its class is created on first use. */
public final class ConnectorDescriptor {

    /** A parameter a source of this connector takes. */
    public record Parameter(String name, String label, boolean required, String defaultValue, String description) {
    }

    private final IConfigurationElement element;
    private final String id;
    private final String label;
    private final String icon;
    private final String description;
    private final String contributor;
    private final boolean url;
    private final List<Parameter> parameters = new ArrayList<>();
    private Connector instance;

    ConnectorDescriptor(IConfigurationElement element) {
        this.element = element;
        this.id = element.getAttribute("id");
        this.label = element.getAttribute("label") == null ? id : element.getAttribute("label");
        this.icon = element.getAttribute("icon");
        this.description = element.getAttribute("description") == null ? "" : element.getAttribute("description");
        this.contributor = element.getContributor().getName();
        this.url = Boolean.parseBoolean(element.getAttribute("url"));
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            parameters.add(new Parameter(parameter.getAttribute("name"), parameter.getAttribute("label"),
                    Boolean.parseBoolean(parameter.getAttribute("required")), parameter.getAttribute("default"),
                    parameter.getAttribute("description")));
        }
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The icon's path in the contributing bundle, or null. */
    public String icon() {
        return icon;
    }

    public String description() {
        return description;
    }

    public String contributor() {
        return contributor;
    }

    /** True if the connector can take a single URL's answer ({@link UrlConnector}). */
    public boolean takesUrls() {
        return url;
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters);
    }

    /** The connector, created on first use and then shared. */
    public synchronized Connector connector() throws ConnectorException {
        if (instance == null) {
            try {
                instance = Contributions.create(element, Connector.class, "connector '" + id + "'");
            } catch (Contributions.Failure e) {
                throw new ConnectorException(e.getMessage(), e);
            }
        }
        return instance;
    }
}
