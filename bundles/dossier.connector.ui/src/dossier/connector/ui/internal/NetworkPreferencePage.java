package dossier.connector.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dossier.connector.ConnectorPreferences;
import dossier.connector.SourceRefresher;
import dossier.connector.http.FetchSettings;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Network: the fetcher's timeouts, largest answer, pause
 * between requests to one host, and proxy (preference node {@code dossier.connector}, read by
 * {@link ConnectorPreferences} at every refresh).
 */
public final class NetworkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public NetworkPreferencePage() {
        super(GRID);
        setDescription("How Dossier fetches sources. Changes apply to the next refresh.");
    }

    @Override
    public void init(IWorkbench workbench) {
        IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, SourceRefresher.PLUGIN_ID);
        FetchSettings defaults = FetchSettings.defaults();
        store.setDefault(ConnectorPreferences.CONNECT_TIMEOUT_SECONDS, (int) defaults.connectTimeout().toSeconds());
        store.setDefault(ConnectorPreferences.READ_TIMEOUT_SECONDS, (int) defaults.readTimeout().toSeconds());
        store.setDefault(ConnectorPreferences.MAX_BODY_MEGABYTES, (int) (defaults.maxBodyBytes() / (1024 * 1024)));
        store.setDefault(ConnectorPreferences.HOST_INTERVAL_MILLIS, (int) defaults.hostInterval().toMillis());
        store.setDefault(ConnectorPreferences.PROXY_HOST, "");
        store.setDefault(ConnectorPreferences.PROXY_PORT, 8080);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        number(ConnectorPreferences.CONNECT_TIMEOUT_SECONDS, "&Connection timeout (seconds):", 1, 600);
        number(ConnectorPreferences.READ_TIMEOUT_SECONDS, "&Answer timeout (seconds):", 1, 3600);
        number(ConnectorPreferences.MAX_BODY_MEGABYTES, "&Largest answer (MB):", 1, 1024);
        number(ConnectorPreferences.HOST_INTERVAL_MILLIS, "&Pause between requests to one host (ms):", 0, 600_000);
        addField(new StringFieldEditor(ConnectorPreferences.PROXY_HOST, "HTTP p&roxy host (empty: none):",
                getFieldEditorParent()));
        number(ConnectorPreferences.PROXY_PORT, "Pro&xy port:", 1, 65_535);
    }

    private void number(String key, String label, int min, int max) {
        IntegerFieldEditor field = new IntegerFieldEditor(key, label, getFieldEditorParent());
        field.setValidRange(min, max);
        addField(field);
    }
}
