package dossier.team.localcloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud in a process of its own: {@code releng/solrcloud}'s launcher (its main class, or
 * {@code start-cloud.sh}), spoken to through its stdin protocol. It prints {@code SOLR_NODE_URLS=url,url,...} and
 * {@code SOLR_READY ...} once up, then answers each command line ({@code stop-node I}, {@code start-node I},
 * {@code stop-all}, {@code start-all}) with {@code OK command} or {@code ERROR command: why}; {@code stop} or the end
 * of its input shuts it down. Used by the team collection's tests and benchmark.
 */
public final class LocalSolrCloud implements AutoCloseable {

    private static final long START_SECONDS = 300;
    private static final long COMMAND_SECONDS = 300;

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> output;
    private final List<String> urls;

    private LocalSolrCloud(Process process, List<String> urls, BlockingQueue<String> output) {
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.urls = urls;
        this.output = output;
    }

    /**
     * Starts the launcher's command and waits until the cloud is ready; it dies with this JVM. {@code logs} says
     * where to look when it does not start.
     */
    public static LocalSolrCloud start(ProcessBuilder launcher, String logs) throws IOException, InterruptedException {
        Process process = launcher.start();
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (true) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("SOLR_NODE_URLS=")) {
                urls = Arrays.asList(line.substring("SOLR_NODE_URLS=".length()).split(","));
            } else if (line != null && line.startsWith("SOLR_READY") && urls != null) {
                return new LocalSolrCloud(process, List.copyOf(urls), lines);
            } else if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("the SolrCloud did not start; see " + logs);
            }
        }
    }

    /** The nodes' Solr base URLs. */
    public List<String> urls() {
        return urls;
    }

    /** CPU time the cloud's process (all its nodes) has used so far, in nanoseconds (-1 if unknown). */
    public long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
    }

    /** Runs a command of the cloud ({@code stop-node 1}, {@code start-all} ...) and waits for its answer. */
    public void run(String command) throws IOException, InterruptedException {
        commands.println(command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_SECONDS);
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
