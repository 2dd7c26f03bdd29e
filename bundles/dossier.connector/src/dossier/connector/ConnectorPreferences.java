package dossier.connector;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dossier.connector.http.FetchSettings;

/**
 * Fetch settings from the workspace's preferences (node {@code dossier.connector}): timeouts,
 * maximum body size, proxy, and the pause between requests to one host.
 */
public final class ConnectorPreferences {

    public static final String CONNECT_TIMEOUT_SECONDS = "connectTimeoutSeconds";
    public static final String READ_TIMEOUT_SECONDS = "readTimeoutSeconds";
    public static final String MAX_BODY_MEGABYTES = "maxBodyMegabytes";
    public static final String HOST_INTERVAL_MILLIS = "hostIntervalMillis";
    public static final String PROXY_HOST = "proxyHost";
    public static final String PROXY_PORT = "proxyPort";

    private ConnectorPreferences() {
    }

    public static FetchSettings settings() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SourceRefresher.PLUGIN_ID);
        FetchSettings defaults = FetchSettings.defaults();
        FetchSettings settings = defaults
                .withTimeouts(Duration.ofSeconds(node.getLong(CONNECT_TIMEOUT_SECONDS, defaults.connectTimeout().toSeconds())),
                        Duration.ofSeconds(node.getLong(READ_TIMEOUT_SECONDS, defaults.readTimeout().toSeconds())))
                .withMaxBodyBytes(node.getLong(MAX_BODY_MEGABYTES, defaults.maxBodyBytes() / (1024 * 1024)) * 1024 * 1024)
                .withHostInterval(Duration.ofMillis(node.getLong(HOST_INTERVAL_MILLIS, defaults.hostInterval().toMillis())));
        String proxyHost = node.get(PROXY_HOST, "");
        return proxyHost.isBlank() ? settings : settings.withProxy(proxyHost, node.getInt(PROXY_PORT, 8080));
    }
}
