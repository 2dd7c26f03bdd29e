package dossier.core.workspace;

/** The workspace folder cannot be used; the message is one line a user can act on. */
public class WorkspaceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceUnavailableException(String message) {
        super(message);
    }

    public WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
