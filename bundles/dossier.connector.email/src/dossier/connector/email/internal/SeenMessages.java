package dossier.connector.email.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * How far a source has read its folder: the folder's UIDVALIDITY and the highest UID fetched, in the workspace's
 * preferences. Messages up to that UID are never fetched again while the UIDVALIDITY stays; a new UIDVALIDITY (the
 * server renumbered the folder) starts over, and the intake knows the messages again by their Message-ID.
 */
record SeenMessages(long uidValidity, long lastUid) {

    static SeenMessages of(String sourceId) {
        String value = node().get(sourceId, "");
        String[] parts = value.split(":");
        try {
            return parts.length == 2 ? new SeenMessages(Long.parseLong(parts[0]), Long.parseLong(parts[1]))
                    : new SeenMessages(-1, 0);
        } catch (NumberFormatException e) {
            return new SeenMessages(-1, 0);
        }
    }

    /** The first UID not yet fetched in a folder of this UIDVALIDITY. */
    long firstNew(long folderUidValidity) {
        return folderUidValidity == uidValidity ? lastUid + 1 : 1;
    }

    void remember(String sourceId) throws BackingStoreException {
        IEclipsePreferences node = node();
        node.put(sourceId, uidValidity + ":" + lastUid);
        node.flush();
    }

    private static IEclipsePreferences node() {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode("dossier.connector.email").node("seen");
    }
}
