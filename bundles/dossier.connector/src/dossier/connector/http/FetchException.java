package dossier.connector.http;

/** A fetch failed; the message names the URL and says why, in one line. */
public class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
