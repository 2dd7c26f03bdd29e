package dossier.connector;

/** A source is set up wrongly or answered something the connector cannot read; one-line message. */
public class ConnectorException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
