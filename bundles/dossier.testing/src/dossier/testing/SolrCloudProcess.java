package dossier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dossier.team.localcloud.LocalSolrCloud;

/**
 * Starts a real SolrCloud (embedded ZooKeeper and Jetty Solr nodes) in a child JVM: {@code releng/solrcloud}'s main
 * class on the classpath that module's build wrote, as a {@link LocalSolrCloud} (stop and start its nodes; it dies
 * with this JVM). The test bundle's pom sets the system properties it reads (see dossier.team.tests).
 */
public final class SolrCloudProcess {

    private SolrCloudProcess() {
    }

    /** A cluster of {@code nodes} nodes, {@code basicAuth} (USER:PASSWORD) required of every request. */
    public static LocalSolrCloud start(int nodes, String basicAuth) throws IOException, InterruptedException {
        return start(nodes, basicAuth, null);
    }

    /**
     * As {@link #start(int, String)}, over HTTPS only if {@code tls} (KEYSTORE:PASSWORD, a PKCS12 key store with the
     * nodes' key and certificate) is given.
     */
    public static LocalSolrCloud start(int nodes, String basicAuth, String tls) throws IOException,
            InterruptedException {
        Path dir = Path.of(System.getProperty("dossier.solrcloud.dir", "target/solrcloud"));
        Path classpathFile = Path.of(property("dossier.solrcloud.classpath"));
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build releng/solrcloud first (mvnw package"
                    + " in that folder, or the whole reactor)");
        }
        Files.createDirectories(dir);
        Path data = Files.createTempDirectory(dir, "cluster");
        String classpath = property("dossier.solrcloud.classes") + java.io.File.pathSeparator
                + Files.readString(classpathFile).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-Dsolrcloud.log=" + data.resolve("solrcloud.log"), "-cp", classpath,
                "dossier.solrcloud.SolrCloud", "--nodes", String.valueOf(nodes), "--dir", data.toString(),
                "--max-seconds", "900", "--basic-auth", basicAuth));
        if (tls != null) {
            command.addAll(List.of("--tls", tls));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(data.resolve("stderr.log").toFile());
        return LocalSolrCloud.start(builder, data.toString());
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.equals("null")) {
            throw new IllegalStateException("-D" + name + " is not set (the test bundle's pom sets it)");
        }
        return value;
    }
}
