package dossier.team.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;

import dossier.team.TeamConnection;
import dossier.team.TeamException;

/**
 * The SolrJ client of one team collection: a {@link CloudHttp2SolrClient} built from the Solr URLs (cluster state
 * read over HTTP, no ZooKeeper), with basic authentication when a user is set. Every call goes through
 * {@link #call}, which turns SolrJ's failures into one line: the cluster unreachable, a wrong password, or what
 * Solr said.
 */
public final class SolrConnection implements AutoCloseable {

    /** A call to the cluster. */
    @FunctionalInterface
    public interface Call<T> {
        T run(CloudHttp2SolrClient client) throws Exception;
    }

    private final TeamConnection connection;
    private final String password;
    private final boolean https;
    private Http2SolrClient http;
    private CloudHttp2SolrClient cloud;
    /** Calls running now, and clients replaced while they ran (closed when none runs). */
    private int calls;
    private final List<AutoCloseable> retired = new ArrayList<>();

    public SolrConnection(TeamConnection connection, String password) {
        this.connection = connection;
        this.password = password;
        this.https = connection.urls().get(0).startsWith("https://");
    }

    public TeamConnection connection() {
        return connection;
    }

    /**
     * Runs a call (calls from several threads run at once: a search is not held up by a publish); a client that
     * failed to reach the cluster is replaced for the next call (the cluster may be back) and closed once no call
     * uses it.
     */
    public <T> T call(Call<T> call) throws TeamException {
        CloudHttp2SolrClient client;
        synchronized (this) {
            client = client();
            calls++;
        }
        try {
            if (https) {
                // SolrJ 9.10 takes the nodes' scheme from its first reading of the live nodes; before it, http
                client.getClusterStateProvider().getLiveNodes();
            }
            return call.run(client);
        } catch (Exception e) {
            TeamException failure = explain(e);
            if (failure.unreachable()) {
                synchronized (this) {
                    if (cloud == client) {
                        retire();
                    }
                }
            }
            throw failure;
        } finally {
            synchronized (this) {
                if (--calls == 0) {
                    closeRetired();
                }
            }
        }
    }

    private CloudHttp2SolrClient client() {
        if (cloud == null) {
            Http2SolrClient.Builder builder = new Http2SolrClient.Builder()
                    .withConnectionTimeout(5, TimeUnit.SECONDS).withIdleTimeout(120, TimeUnit.SECONDS)
                    .withRequestTimeout(300, TimeUnit.SECONDS);
            if (connection.user() != null) {
                builder.withBasicAuthCredentials(connection.user(), password);
            }
            http = builder.build();
            try {
                cloud = new CloudHttp2SolrClient.Builder(connection.urls()).withHttpClient(http)
                        .withDefaultCollection(connection.collection()).build();
            } catch (RuntimeException e) {
                retire();
                closeRetired();
                throw e;
            }
        }
        return cloud;
    }

    /** The failure in one line; when the cluster state could not be read, each URL is asked why. */
    private TeamException explain(Exception e) {
        Integer status = httpStatus(e);
        if (status != null && (status == 401 || status == 403)) {
            return authentication(status, e);
        }
        if (untrusted(e)) {
            return untrustedCertificate(e);
        }
        if (connectionFailure(e)) {
            return unreachable(e);
        }
        if (status != null && status == 503 || leaderless(e)) {
            return new TeamException("the team collection '" + connection.collection() + "' is not ready (" + oneLine(e)
                    + "); try again shortly", true, e);
        }
        if (clusterStateFailure(e)) {
            TeamException probed = probe();
            if (probed != null) {
                return probed;
            }
        }
        return new TeamException("the team collection '" + connection.collection() + "': " + oneLine(e), false, e);
    }

    /** Asks each URL directly: a 401 or 403 names the credentials; all refused means unreachable. */
    private TeamException probe() {
        Exception last = null;
        for (String url : connection.urls()) {
            Http2SolrClient.Builder builder = new Http2SolrClient.Builder(url).withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withIdleTimeout(20, TimeUnit.SECONDS).withRequestTimeout(20, TimeUnit.SECONDS);
            if (connection.user() != null) {
                builder.withBasicAuthCredentials(connection.user(), password);
            }
            try (SolrClient single = builder.build()) {
                CollectionAdminRequest.listCollections(single);
                return null;
            } catch (Exception e) {
                Integer status = httpStatus(e);
                if (status != null && (status == 401 || status == 403)) {
                    return authentication(status, e);
                }
                if (untrusted(e)) {
                    return untrustedCertificate(e);
                }
                last = e;
            }
        }
        return last != null && connectionFailure(last) ? unreachable(last) : null;
    }

    private TeamException authentication(int status, Exception e) {
        if (connection.user() == null) {
            return new TeamException("the team cluster requires a user name and password (HTTP " + status
                    + "): run 'dossier team connect ... --user NAME'", false, e);
        }
        return new TeamException(status == 401
                ? "the team cluster refused user '" + connection.user() + "': wrong user name or password (HTTP 401)"
                : "user '" + connection.user() + "' may not do this on the team cluster (HTTP 403)", false, e);
    }

    private static TeamException untrustedCertificate(Exception e) {
        return new TeamException("the team cluster's TLS certificate is not trusted (" + rootMessage(e) + "): start"
                + " Dossier with -Djavax.net.ssl.trustStore=FILE and -Djavax.net.ssl.trustStorePassword=PASSWORD"
                + " naming a trust store that holds it (see README, Team collections, TLS)", false, e);
    }

    private TeamException unreachable(Exception e) {
        return new TeamException("the team collection '" + connection.collection() + "' cannot be reached at "
                + String.join(", ", connection.urls()) + " (" + rootMessage(e) + ")", true, e);
    }

    /**
     * True if Solr refused what was sent (HTTP 4xx: a field it cannot take, a value of the wrong kind), not who sent
     * it (401, 403) nor where (404, no such collection): sending the same again would be refused again.
     */
    public static boolean refused(TeamException e) {
        Integer status = httpStatus(e);
        return status != null && status >= 400 && status < 500 && status != 401 && status != 403 && status != 404
                && status != 408 && status != 429;
    }

    private static Integer httpStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException solr && solr.code() > 0) {
                return solr.code();
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("HTTP ERROR 401") || message.contains("Error 401")) {
                return 401;
            }
        }
        return null;
    }

    /** SolrJ could not read the cluster's state from any URL (and says not why). */
    private static boolean clusterStateFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("live_nodes") || message.contains("cluster state")
                    || message.contains("Error refreshing state")) {
                return true;
            }
        }
        return false;
    }

    /** The cluster's certificate (or its host name) was not accepted. */
    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof CertificateException
                    || String.valueOf(t.getMessage()).contains("PKIX path")) {
                return true;
            }
        }
        return false;
    }

    /** A shard has no leader (the nodes are stopping or still electing one): the collection is not ready. */
    private static boolean leaderless(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No leader replicas available")) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof ClosedChannelException || t instanceof TimeoutException) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Connection refused") || message.contains("No live SolrServers")
                    || message.contains("Could not find a healthy node") || message.contains("no live")
                    || message.contains("cancel_stream_error") // a node stopped while answering
                    || message.contains("stream_closed_error") // or while being sent to
                    || message.contains("IOException occurred when talking to server")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return oneLine(root);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private void retire() {
        if (cloud != null) {
            retired.add(cloud);
        }
        if (http != null) {
            retired.add(http);
        }
        cloud = null;
        http = null;
    }

    private void closeRetired() {
        for (AutoCloseable client : retired) {
            try {
                client.close();
            } catch (Exception e) {
                // closing a client of a cluster that is gone: nothing more to do
            }
        }
        retired.clear();
    }

    @Override
    public synchronized void close() {
        retire();
        closeRetired();
    }
}
