package dossier.team.internal;

import dossier.connector.ConnectorException;
import dossier.connector.Secrets;
import dossier.team.TeamConnection;
import dossier.team.TeamException;

/**
 * Team passwords, kept where every account's password is kept ({@link Secrets}: Eclipse secure storage, encrypted,
 * never in the workspace, preferences or any plain file), one account per user and collection.
 */
public final class Credentials {

    private static final String OWNER = "dossier.team";

    private Credentials() {
    }

    public static void store(TeamConnection connection, String password) throws TeamException {
        try {
            Secrets.put(OWNER, account(connection), Secrets.PASSWORD, password);
        } catch (ConnectorException e) {
            throw new TeamException(e.getMessage(), false, e);
        }
    }

    /** The stored password, {@code null} if the connection has no user. */
    public static String password(TeamConnection connection) throws TeamException {
        if (connection.user() == null) {
            return null;
        }
        try {
            return Secrets.get(OWNER, account(connection), Secrets.PASSWORD).orElseThrow(() -> new TeamException(
                    "no password stored for " + connection.user() + " on collection '" + connection.collection()
                            + "': run 'dossier team connect ... --user " + connection.user() + "' again"));
        } catch (ConnectorException e) {
            throw new TeamException(e.getMessage(), false, e);
        }
    }

    private static String account(TeamConnection connection) {
        return connection.user() + "@" + connection.collection();
    }
}
