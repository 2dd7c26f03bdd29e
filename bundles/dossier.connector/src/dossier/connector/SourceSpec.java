package dossier.connector;

import java.net.URI;
import java.util.Map;

/** A source as a connector sees it: its id, name and parameters. */
public record SourceSpec(String id, String connectorId, String name, Map<String, String> parameters) {

    public SourceSpec {
        parameters = Map.copyOf(parameters);
    }

    /** The parameter's value; a source without it is set up wrongly. */
    public String required(String parameter) throws ConnectorException {
        String value = parameters.get(parameter);
        if (value == null || value.isBlank()) {
            throw new ConnectorException("source '" + name + "' has no " + parameter + " parameter");
        }
        return value.trim();
    }

    public String optional(String parameter, String fallback) {
        String value = parameters.get(parameter);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A whole-number parameter of at least 1, {@code fallback} when it is not given. */
    public int positive(String parameter, int fallback) throws ConnectorException {
        try {
            int value = Integer.parseInt(optional(parameter, Integer.toString(fallback)));
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConnectorException("source '" + name + "': " + parameter + " must be a positive number");
        }
    }

    /** An http(s) server address parameter (an API's), {@code fallback} when it is not given. */
    public URI server(String parameter, String fallback) throws ConnectorException {
        String value = optional(parameter, fallback);
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConnectorException("source '" + name + "': " + parameter + " " + value + " is not a server address");
        }
    }
}
