package dossier.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dossier.ui.DossierUI;

/** Dossier's workbench preferences, stored in the workspace. */
final class Preferences {

    static final String CONFIRM_EXIT = "confirmExit";

    private static IPreferenceStore store;

    private Preferences() {
    }

    static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, DossierUI.PLUGIN_ID);
        }
        return store;
    }

    static void save() {
        try {
            ((ScopedPreferenceStore) store()).save();
        } catch (IOException e) {
            ILog.of(Preferences.class).error("cannot save Dossier's preferences", e);
        }
    }
}
