package dossier.feed;

/** A document that cannot be read as a feed (or OPML) at all; the message is one line saying why. */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
