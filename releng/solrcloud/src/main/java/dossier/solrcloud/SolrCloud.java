package dossier.solrcloud;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of a few nodes and an embedded ZooKeeper, on 127.0.0.1 and random ports, in this process.
 * <p>
 * Prints {@code SOLR_ZK=host:port}, {@code SOLR_NODE_URLS=url,url,...} and {@code SOLR_READY ms=...} on stdout, then
 * reads commands on stdin, one a line, answering {@code OK command} (or {@code ERROR command: why}):
 * {@code stop-node I}, {@code start-node I} (index into the node list, same port on restart), {@code stop-all},
 * {@code start-all}, {@code stop}. End of input (the parent is gone), SIGTERM and {@code --max-seconds} shut it down.
 * <p>
 * Options: {@code --nodes N} (3), {@code --dir PATH} (a temp folder), {@code --max-seconds S} (none),
 * {@code --basic-auth USER:PASSWORD} (Solr's basic authentication, every request must be authenticated),
 * {@code --tls KEYSTORE:PASSWORD} (HTTPS only, with the key and certificate of that PKCS12 key store, which the nodes
 * also trust when they talk to each other; the URLs printed are https).
 */
public final class SolrCloud {

    public static void main(String[] args) throws Exception {
        int nodes = 3;
        Path dir = null;
        long maxSeconds = 0;
        String basicAuth = null;
        String tls = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--max-seconds" -> maxSeconds = Long.parseLong(args[++i]);
                case "--basic-auth" -> basicAuth = args[++i];
                case "--tls" -> tls = args[++i];
                default -> {
                    System.err.println("solrcloud: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        System.setProperty("host", "127.0.0.1");
        System.setProperty("solr.log.dir", dir == null ? System.getProperty("java.io.tmpdir") : dir.toString());
        if (dir == null) {
            dir = Files.createTempDirectory("solrcloud");
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodes, dir);
        if (basicAuth != null) {
            builder.withSecurityJson(BasicAuth.securityJson(basicAuth));
        }
        if (tls != null) {
            SSLConfig ssl = tls(tls);
            builder.withJettyConfig(jetty -> jetty.withSSLConfig(ssl));
        }
        MiniSolrCloudCluster cluster = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster), "solrcloud-shutdown"));
        if (maxSeconds > 0) {
            long seconds = maxSeconds;
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                } catch (InterruptedException e) {
                    return;
                }
                System.exit(3);
            }, "solrcloud-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        System.out.println("SOLR_ZK=" + cluster.getZkServer().getZkAddress());
        System.out.println("SOLR_NODE_URLS=" + urls(runners));
        System.out.println("SOLR_READY ms=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String command = line.strip();
            if (command.equals("stop")) {
                break;
            }
            try {
                run(cluster, runners, command);
                System.out.println("OK " + command);
            } catch (Exception e) {
                System.out.println("ERROR " + command + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
            System.out.flush();
        }
        System.exit(0); // the shutdown hook stops the cluster
    }

    /** HTTPS with the key store of {@code KEYSTORE:PASSWORD}; the nodes' own clients trust it too. */
    private static SSLConfig tls(String keystoreAndPassword) {
        int colon = keystoreAndPassword.lastIndexOf(':');
        String keystore = Path.of(keystoreAndPassword.substring(0, colon)).toAbsolutePath().toString();
        String password = keystoreAndPassword.substring(colon + 1);
        System.setProperty("jetty.testMode", "true"); // JettySolrRunner applies its SSL config only so
        System.setProperty("javax.net.ssl.keyStore", keystore);
        System.setProperty("javax.net.ssl.keyStorePassword", password);
        System.setProperty("javax.net.ssl.trustStore", keystore);
        System.setProperty("javax.net.ssl.trustStorePassword", password);
        return new SSLConfig(true, false, keystore, password, keystore, password);
    }

    private static void run(MiniSolrCloudCluster cluster, List<JettySolrRunner> runners, String command)
            throws Exception {
        String[] words = command.split("\\s+");
        switch (words[0]) {
            case "stop-node" -> cluster.stopJettySolrRunner(runners.get(Integer.parseInt(words[1])));
            case "start-node" -> cluster.startJettySolrRunner(runners.get(Integer.parseInt(words[1])), true);
            case "stop-all" -> {
                for (JettySolrRunner runner : runners) {
                    cluster.stopJettySolrRunner(runner);
                }
            }
            case "start-all" -> {
                for (JettySolrRunner runner : runners) {
                    cluster.startJettySolrRunner(runner, true);
                }
                cluster.waitForAllNodes(60);
            }
            default -> throw new IllegalArgumentException("unknown command");
        }
    }

    private static String urls(List<JettySolrRunner> runners) {
        return runners.stream().map(r -> r.getBaseUrl().toString()).collect(Collectors.joining(","));
    }

    private static void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("solrcloud: shutdown: " + e);
        }
    }
}
