package dossier.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

import dossier.ui.DossierUI;

public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        DefaultScope.INSTANCE.getNode(DossierUI.PLUGIN_ID).putBoolean(Preferences.CONFIRM_EXIT, false);
    }
}
