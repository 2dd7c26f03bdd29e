package dossier.connector;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;

import dossier.core.extensions.Contribution;
import dossier.core.extensions.Contributions;

/** A contributed connector, read once from plugin.xml; its class is created on first use. */
public final class ConnectorDescriptor extends Contribution<Connector> {

    /** What a parameter's value must look like. */
    public enum Type {
        TEXT, URL, INTEGER, FILE;

        static Type of(String attribute) {
            return attribute == null || attribute.isBlank() ? TEXT : valueOf(attribute.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A parameter a source of this connector takes. */
    public record Parameter(String name, String label, Type type, boolean required, String defaultValue,
            String description) {

        /** Why {@code value} will not do for this parameter, or null if it will. */
        public String problem(String value) {
            String given = value == null ? "" : value.strip();
            if (given.isEmpty()) {
                return required ? label + " is required" : null;
            }
            return switch (type) {
                case TEXT -> null;
                case INTEGER -> given.matches("[0-9]{1,9}") && Integer.parseInt(given) > 0 ? null
                        : label + " must be a whole number above 0";
                case URL -> webAddress(given) ? null : label + " must be an http:// or https:// address";
                case FILE -> fullPath(given) ? null : label + " must be the full path of a file or folder";
            };
        }

        private static boolean fullPath(String value) {
            try {
                return Path.of(value).isAbsolute();
            } catch (InvalidPathException e) {
                return false;
            }
        }

        private static boolean webAddress(String value) {
            try {
                URI uri = new URI(value);
                return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    private final String description;
    private final boolean url;
    private final List<Parameter> parameters = new ArrayList<>();

    ConnectorDescriptor(IConfigurationElement element) {
        super(element, Connector.class, "connector");
        this.description = attribute("description") == null ? "" : attribute("description");
        this.url = Boolean.parseBoolean(attribute("url"));
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            parameters.add(new Parameter(parameter.getAttribute("name"), parameter.getAttribute("label"),
                    parameterType(parameter), Boolean.parseBoolean(parameter.getAttribute("required")), parameter.getAttribute("default"),
                    parameter.getAttribute("description")));
        }
    }

    private Type parameterType(IConfigurationElement parameter) {
        try {
            return Type.of(parameter.getAttribute("type"));
        } catch (IllegalArgumentException e) {
            ILog.of(ConnectorDescriptor.class).warn("Connector '" + id() + "' of " + contributor() + " gives parameter "
                    + parameter.getAttribute("name") + " the unknown type '" + parameter.getAttribute("type")
                    + "'; it is taken as text");
            return Type.TEXT;
        }
    }

    public String description() {
        return description;
    }

    /** True if the connector can take a single URL's answer ({@link UrlConnector}). */
    public boolean takesUrls() {
        return url;
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters);
    }

    @Override
    protected String subject() {
        return "connector '" + id() + "'";
    }

    /** The connector, created on first use and then shared. */
    public Connector connector() throws ConnectorException {
        try {
            return shared();
        } catch (Contributions.Failure e) {
            throw new ConnectorException(e.getMessage(), e);
        }
    }
}
