package dossier.team;

/** Something the team collection could not do, said in one line; {@link #unreachable()} if the cluster is away. */
public final class TeamException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean unreachable;

    public TeamException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    public TeamException(String message) {
        this(message, false, null);
    }

    /** True if no node of the cluster answered (down, offline): what is published waits in the outbox. */
    public boolean unreachable() {
        return unreachable;
    }
}
