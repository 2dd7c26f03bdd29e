package dossier.bench.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The local SolrCloud of {@code releng/solrcloud/start-cloud.sh}, started by the benchmark so that it can stop and
 * start its nodes: the script's process answers {@code stop-node I}, {@code start-node I}, {@code stop-all} and
 * {@code start-all} on its stdin with {@code OK ...} on its stdout, and shuts down at the end of its input.
 */
final class LocalSolrCloud implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final List<String> urls;

    LocalSolrCloud(Path script, int nodes) throws IOException, InterruptedException {
        process = new ProcessBuilder("bash", script.toString(), "--nodes", String.valueOf(nodes))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("ERROR output: " + e);
            }
        }, "solrcloud-output");
        reader.setDaemon(true);
        reader.start();
        List<String> found = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("SOLR_NODE_URLS=")) {
                found = Arrays.asList(line.substring("SOLR_NODE_URLS=".length()).split(","));
            } else if (line != null && line.startsWith("SOLR_READY")) {
                break;
            } else if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("the SolrCloud of " + script + " did not start (its log is named above)");
            }
        }
        urls = found;
    }

    List<String> urls() {
        return urls;
    }

    /** CPU time the cloud's process (all its nodes) has used, in nanoseconds (-1 if unknown). */
    long cpuNanos() {
        return TeamBenchmark.cpuNanos(process.toHandle());
    }

    /** Runs a command of the cloud ({@code stop-node 1}, {@code start-all} ...) and waits for its answer. */
    void run(String command) throws IOException, InterruptedException {
        commands.println(command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line != null && line.equals("OK " + command)) {
                return;
            }
            if (line != null && line.startsWith("ERROR " + command)) {
                throw new IOException("the SolrCloud: " + line);
            }
        }
        throw new IOException("the SolrCloud did not answer '" + command + "'");
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
