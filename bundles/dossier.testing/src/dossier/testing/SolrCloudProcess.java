package dossier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud (embedded ZooKeeper and Jetty Solr nodes) in a child JVM: {@code releng/solrcloud}'s main class on
 * the classpath that module's build wrote. It answers commands on stdin (stop and start nodes) and dies with this JVM
 * (it shuts down at the end of its input). The test bundle's pom sets the system properties it reads (see
 * dossier.team.tests).
 */
public final class SolrCloudProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> output;
    private final List<String> urls;

    private SolrCloudProcess(Process process, List<String> urls, BlockingQueue<String> output) {
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.urls = urls;
        this.output = output;
    }

    /** Starts a cluster of {@code nodes} nodes, {@code basicAuth} (USER:PASSWORD) required of every request. */
    public static SolrCloudProcess start(int nodes, String basicAuth) throws IOException, InterruptedException {
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
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dsolrcloud.log=" + data.resolve("solrcloud.log"), "-cp", classpath,
                "dossier.solrcloud.SolrCloud", "--nodes", String.valueOf(nodes), "--dir", data.toString(),
                "--max-seconds", "900", "--basic-auth", basicAuth);
        builder.redirectError(data.resolve("stderr.log").toFile());
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("ERROR output: " + e);
            }
        }, "solrcloud-output");
        reader.setDaemon(true);
        reader.start();
        List<String> urls = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("SOLR_NODE_URLS=")) {
                urls = Arrays.asList(line.substring("SOLR_NODE_URLS=".length()).split(","));
            } else if (line != null && line.startsWith("SOLR_READY")) {
                break;
            } else if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the SolrCloud did not start; see " + data);
            }
        }
        return new SolrCloudProcess(process, urls, lines);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.equals("null")) {
            throw new IllegalStateException("-D" + name + " is not set (the test bundle's pom sets it)");
        }
        return value;
    }

    public List<String> urls() {
        return urls;
    }

    /** Runs a command of the cluster process ({@code stop-node 1}, {@code start-all} ...) and waits for its answer. */
    public void run(String command) throws InterruptedException {
        commands.println(command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("OK " + command)) {
                return;
            }
            if (line.startsWith("ERROR " + command)) {
                throw new IllegalStateException(line);
            }
        }
        throw new IllegalStateException("no answer to '" + command + "'");
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("stop");
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
