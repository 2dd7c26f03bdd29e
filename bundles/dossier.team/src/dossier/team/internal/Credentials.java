package dossier.team.internal;

import java.io.IOException;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import dossier.team.TeamConnection;
import dossier.team.TeamException;

/**
 * Team passwords in Eclipse secure storage (encrypted; never in the workspace, preferences or any plain file), one
 * node per user and collection: {@code dossier.team/USER@COLLECTION}.
 */
public final class Credentials {

    private static final String NODE = "dossier.team";
    private static final String PASSWORD = "password";

    private Credentials() {
    }

    public static void store(TeamConnection connection, String password) throws TeamException {
        ISecurePreferences node = node(connection);
        try {
            node.put(PASSWORD, password, true);
            node.flush();
        } catch (StorageException | IOException e) {
            throw locked(e);
        }
    }

    /** The stored password, {@code null} if the connection has no user. */
    public static String password(TeamConnection connection) throws TeamException {
        if (connection.user() == null) {
            return null;
        }
        try {
            String password = node(connection).get(PASSWORD, null);
            if (password == null) {
                throw new TeamException("no password stored for " + connection.user() + " on collection '"
                        + connection.collection() + "': run 'dossier team connect ... --user " + connection.user()
                        + "' again");
            }
            return password;
        } catch (StorageException e) {
            throw locked(e);
        }
    }

    private static ISecurePreferences node(TeamConnection connection) throws TeamException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new TeamException("Eclipse secure storage cannot be opened: the team password cannot be kept");
        }
        return root.node(NODE).node(EncodingUtils.encodeSlashes(connection.user() + "@" + connection.collection()));
    }

    private static TeamException locked(Exception e) {
        return new TeamException("secure storage is locked (" + e.getMessage() + "): set "
                + ConsolePasswordProvider.VARIABLE + " or run the command in a terminal", false, e);
    }
}
