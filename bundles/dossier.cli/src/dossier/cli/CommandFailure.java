package dossier.cli;

/** A command failed for a reason the user can act on; the launcher prints the message as one line. */
public class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
