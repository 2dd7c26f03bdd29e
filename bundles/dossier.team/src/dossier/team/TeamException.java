package dossier.team;

import java.util.List;

/** Something the team collection could not do, said in one line; {@link #unreachable()} if the cluster is away. */
public class TeamException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean unreachable;

    public TeamException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    public TeamException(String message) {
        this(message, false, null);
    }

    /** The cluster answered and took the credentials, but has no such collection: it can be set up. */
    public static final class MissingCollection extends TeamException {

        private static final long serialVersionUID = 1L;
        private final List<String> collections;

        public MissingCollection(String collection, List<String> collections) {
            super("the cluster has no collection '" + collection + "' (it has " + (collections.isEmpty() ? "none"
                    : String.join(", ", collections)) + "): create it with 'dossier team setup'");
            this.collections = List.copyOf(collections);
        }

        /** The collections the cluster has. */
        public List<String> collections() {
            return collections;
        }
    }

    /** True if no node of the cluster answered (down, offline): what is published waits in the outbox. */
    public boolean unreachable() {
        return unreachable;
    }
}
