package dossier.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.JavaBinCodec;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner;
import dossier.index.IndexSchema;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.store.StoredItem;
import dossier.team.PublishReport;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import dossier.team.TeamException;
import dossier.team.TeamSchema;
import dossier.team.TeamStatus;
import dossier.team.internal.Configset;
import dossier.team.internal.Outbox;
import dossier.team.internal.SolrConnection;
import dossier.team.internal.SolrSchema;
import dossier.team.localcloud.LocalSolrCloud;
import dossier.testing.SolrCloudProcess;

/**
 * The team collection against a real SolrCloud: ZooKeeper and two Solr nodes in a process of their own, with Solr's
 * basic authentication. One collection (2 shards x 2 replicas) for the whole class; the tests run in order, each
 * building on what the ones before published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamCollectionTest {

    private static final String USER = "solr";
    private static final String PASSWORD = "SolrRocks";
    private static final String COLLECTION = "team";

    private static LocalSolrCloud cloud;
    private static TeamConnection connection;

    @TempDir
    static Path folders;

    @BeforeAll
    static void startCloud() throws Exception {
        cloud = SolrCloudProcess.start(2, USER + ":" + PASSWORD);
        connection = new TeamConnection(cloud.urls(), COLLECTION, USER);
    }

    @AfterAll
    static void stopCloud() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    private static ResearchWorkspace open(String name) throws Exception {
        return ResearchWorkspace.open(folders.resolve(name));
    }

    private static Capture capture(String url, String title, String handle, String text, String published) {
        Instant date = Instant.parse(published);
        return new Capture(ItemType.ARTICLE, url, null, title, "Jane Doe", handle, null, date, date.plusSeconds(60),
                "en", "text/html", ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
                text);
    }

    /** Three articles in the case file "Brand trust", one clipped (tagged, with a note) and one noted. */
    private static void seed(ResearchWorkspace workspace) throws Exception {
        CaseFile trust = workspace.caseFileNamed("Brand trust");
        String sharing = workspace.importCapture(capture("https://blog.example.com/sharing", "Sharing economics",
                "@acme", "Brands that answer every reply win trust. Sharing builds it one reply at a time. #launch",
                "2024-05-03T10:00:00Z"), trust, List.of("Theme/Brand")).id();
        workspace.clip(sharing, "one reply at a time", trust, List.of("Tone/Positive"), "the key quote");
        String outage = workspace.importCapture(capture("https://news.example.org/outage", "Outage apology",
                "@other", "The company apologized for the outage and shared a refund plan.", "2024-06-10T08:00:00Z"),
                trust, List.of("Theme/Crisis")).id();
        workspace.addNote(outage, "compare with last year's apology", trust);
        workspace.importCapture(capture("https://blog.example.com/pricing", "Pricing notes", "@acme",
                "Pricing pages are read more than launch posts.", "2023-11-20T09:00:00Z"), trust, List.of());
        workspace.save();
    }

    @Test
    @Order(10)
    void setupCreatesTheCollectionWithDossiersSchemaAndConnects() throws Exception {
        try (ResearchWorkspace workspace = open("alice")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            team.setup(connection, PASSWORD, 2, 2);
            TeamStatus status = team.status();
            assertEquals(2, status.liveNodes().size(), status.toString());
            assertEquals(List.of("shard1", "shard2"), status.shards().stream().map(TeamStatus.Shard::name).toList());
            for (TeamStatus.Shard shard : status.shards()) {
                assertEquals(2, shard.replicas().size(), shard.toString());
                assertTrue(shard.replicas().stream().allMatch(r -> r.contains(" active")), shard.toString());
                assertEquals(1, shard.replicas().stream().filter(r -> r.endsWith(" leader")).count(), shard.toString());
            }
            assertTrue(status.schemaCurrent(), "the collection's schema is the one generated from the local index");
            assertEquals(0, status.documents());
            assertEquals(0, status.waiting());
        }
        try (ResearchWorkspace workspace = open("bob")) {
            workspace.service(TeamCollection.class).connect(connection, PASSWORD);
        }
        // the connection is remembered, the password is not in the workspace
        try (ResearchWorkspace workspace = open("bob")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            assertEquals(connection, team.connection().orElseThrow());
            assertEquals(0, team.status().documents());
            try (var files = Files.walk(workspace.folder())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD),
                            file + " holds the password");
                }
            }
        }
    }

    @Test
    @Order(15)
    void theTeamSchemaHasEveryLocalFieldAndAnalyzesTextAsTheLocalIndex() throws Exception {
        Set<String> local = new TreeSet<>(SolrSchema.localFieldNames());
        local.remove("$facets");
        assertTrue(SolrSchema.get().fieldNames().containsAll(local), local + " in " + SolrSchema.get().fieldNames());
        IndexSchema.FACETS.forEach(dim -> assertTrue(SolrSchema.get().fieldNames().contains("facet_" + dim), dim));
        List<String> texts = List.of("The CEO's apology didn't stop 3,200 users from leaving; they're SHARING it.",
                "Launch day at acme.com: #launch @acme_support https://example.org/a?b=1 Zürich naïve café 東京",
                "Running runners ran; generalization of generalizations",
                "Die Preise des Hauses am See; les chevaux de l'élection; los niños; i bambini; ребята бегали");
        List<String> fields = new ArrayList<>(List.of(IndexSchema.TEXT, IndexSchema.TITLE, "author"));
        IndexSchema.TEXT_LANGUAGES.forEach(language -> fields.add(IndexSchema.textField(language)));
        try (SolrConnection solr = new SolrConnection(connection, PASSWORD)) {
            for (String field : fields) {
                for (String text : texts) {
                    FieldAnalysisResponse response = solr.call(c -> new FieldAnalysisRequest().addFieldName(field)
                            .setFieldValue(text).process(c, COLLECTION));
                    List<String> solrTokens = new ArrayList<>();
                    AnalysisResponseBase.AnalysisPhase last = null;
                    for (AnalysisResponseBase.AnalysisPhase phase : response.getFieldNameAnalysis(field)
                            .getIndexPhases()) {
                        last = phase;
                    }
                    last.getTokens().forEach(t -> solrTokens.add(t.getText()));
                    assertEquals(SolrSchema.tokens(IndexSchema.analyzer(), field, text), solrTokens, field + ": " + text);
                }
            }
        }
    }

    @Test
    @Order(20)
    void publishingACaseFileSendsItsItemsOnceAndThenOnlyWhatChanged() throws Exception {
        try (ResearchWorkspace workspace = open("alice")) {
            seed(workspace);
            TeamCollection team = workspace.service(TeamCollection.class);
            List<String> items = workspace.caseFileNamed("Brand trust").getItemIds();
            PublishReport first = team.publish(items, new NullProgressMonitor());
            assertEquals(new PublishReport(3, 3, 0, 0, 3, 0, null, 0, null), first);
            assertEquals(3, team.status().documents());

            PublishReport again = team.publish(items, new NullProgressMonitor());
            assertEquals(new PublishReport(3, 0, 3, 0, 0, 0, null, 0, null), again, "nothing changed, nothing is sent");

            String pricing = workspace.store().idForCanonicalUrl("https://blog.example.com/pricing").orElseThrow();
            workspace.clip(pricing, "read more than launch posts", workspace.caseFileNamed("Brand trust"),
                    List.of("Theme/Pricing"), null);
            workspace.save();
            PublishReport changed = team.publish(items, new NullProgressMonitor());
            assertEquals(new PublishReport(3, 1, 2, 0, 1, 0, null, 0, null), changed, "only the newly clipped item is sent");
            assertEquals(3, team.status().documents());
        }
    }

    @Test
    @Order(30)
    void searchingTheTeamCollectionUsesTheLocalQueryLanguageWithFacetsAndSnippets() throws Exception {
        try (ResearchWorkspace workspace = open("bob")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            SearchResults shared = team.search(SearchRequest.of("sharing").withFacets());
            // stemmed as the local index stems: "shared" and "sharing" both match
            assertEquals(2, shared.totalHits(), shared.toString());
            SearchResults.Hit economics = shared.hits().stream().filter(h -> h.title().equals("Sharing economics"))
                    .findFirst().orElseThrow();
            assertTrue(economics.snippet().contains("[Sharing]"), economics.snippet());
            assertEquals(Map.of("Theme", 2L, "Tone", 1L), values(shared.facets().get("tag")), shared.facets().toString());
            assertEquals(Map.of("example.com", 1L, "example.org", 1L), values(shared.facets().get("source")));

            SearchResults drilled = team.search(SearchRequest.of("sharing").drillDown("tag", "Theme/Brand"));
            assertEquals(List.of("Sharing economics"), titles(drilled));
            assertEquals(Map.of("Theme", 2L, "Theme/Brand", 1L, "Theme/Crisis", 1L, "Tone", 1L),
                    values(drilled.facets().get("tag")), "drilled sideways: the siblings and parents stay counted");

            assertEquals(List.of("Pricing notes", "Sharing economics"), titles(team.search(
                    SearchRequest.of("@acme").orderedBy(SearchRequest.Order.DATE).withFacets())).stream().sorted()
                    .toList());
            assertEquals(List.of("Sharing economics"), titles(team.search(SearchRequest.of("#launch"))));
            assertEquals(List.of("Outage apology"), titles(team.search(SearchRequest.of("published:2024-06"))));
            assertEquals(List.of("Sharing economics"), titles(team.search(SearchRequest.of("\"reply at a time\""))));
            assertEquals(List.of("Sharing economics"), titles(team.search(SearchRequest.of("tag:Tone/Positive"))),
                    "a clip's tag finds its item");
            assertEquals(List.of("Outage apology", "Sharing economics"), titles(team.search(SearchRequest.of(
                    "case:\"Brand trust\" -pricing"))).stream().sorted().toList());
        }
    }

    @Test
    @Order(35)
    void theCommandsPublishAndSearchTheTeamCollection() throws Exception {
        CommandRunner.Captured status = CommandRunner.runIn(folders.resolve("alice"), "team", "status", "--json");
        assertEquals(0, status.exit(), status.err());
        JsonObject json = JsonParser.parseString(status.out()).getAsJsonObject();
        assertEquals(3, json.get("documents").getAsLong());
        assertEquals(2, json.getAsJsonArray("liveNodes").size());
        assertTrue(json.get("schemaCurrent").getAsBoolean());

        CommandRunner.Captured publish = CommandRunner.runIn(folders.resolve("alice"), "team", "publish", "--case",
                "Brand trust");
        assertEquals(0, publish.exit(), publish.err());
        assertEquals("3 items: 0 new or changed, 3 unchanged\n0 sent, 0 waiting\n", publish.out());

        CommandRunner.Captured search = CommandRunner.runIn(folders.resolve("bob"), "search", "--team", "--facets",
                "sharing");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("Sharing economics") && search.out().contains("[Sharing]"), search.out());
        assertTrue(search.out().contains("tag: Theme (2) Tone (1)"), search.out());
        assertEquals("2 results\n", search.err());
    }

    private static Map<String, Long> values(List<SearchResults.FacetValue> values) {
        return values == null ? Map.of() : values.stream().collect(Collectors.toMap(SearchResults.FacetValue::value,
                SearchResults.FacetValue::count));
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::title).toList();
    }

    @Test
    @Order(40)
    void aTeamItemIsPulledIntoAnotherWorkspaceWithItsCaptureAndProvenance() throws Exception {
        String id;
        StoredItem published;
        byte[] original;
        try (ResearchWorkspace alice = open("alice")) {
            id = alice.store().idForCanonicalUrl("https://blog.example.com/sharing").orElseThrow();
            published = alice.store().item(id).orElseThrow();
            original = alice.store().original(id);
        }
        try (ResearchWorkspace bob = open("bob")) {
            TeamCollection team = bob.service(TeamCollection.class);
            String local = team.pull(id, "From the team");
            StoredItem pulled = bob.store().item(local).orElseThrow();
            assertEquals(published.contentSha256(), pulled.contentSha256());
            assertEquals(published.captured(), pulled.captured());
            assertEquals(published.canonicalUrl(), pulled.canonicalUrl());
            assertEquals(new String(original, StandardCharsets.UTF_8), new String(bob.store().original(local),
                    StandardCharsets.UTF_8));
            CaseFile caseFile = bob.caseFile("From the team").orElseThrow();
            assertTrue(bob.holds(caseFile, local));
            assertEquals(List.of("Theme/Brand"), bob.tagsOf(local));
            String note = bob.notesOn(local).get(0).getText();
            assertTrue(note.contains("published by " + USER) && note.contains(published.contentSha256()), note);
            bob.save();
            SearchResults local2 = SearchIndex.of(bob).search(SearchRequest.of("sharing"));
            assertEquals(1, local2.totalHits(), "the pulled item is in the local index");
        }
    }

    @Test
    @Order(50)
    void theOutboxKeepsWhatTheStoppedClusterCouldNotTakeAndSendsItExactlyOnceWhenItIsBack() throws Exception {
        cloud.run("stop-all");
        try {
            publishWhileTheClusterIsDown();
            CommandRunner.Captured search = CommandRunner.runIn(folders.resolve("alice"), "search", "--team",
                    "offline", "launch");
            assertEquals(0, search.exit(), search.err());
            assertTrue(search.err().startsWith("dossier search: the team collection 'team' cannot be reached at ")
                    && search.err().contains("; the results below are this workspace's\n5 results"), search.err());
            assertTrue(search.out().contains("Launch post 4"), search.out());
            CommandRunner.Captured publish = CommandRunner.runIn(folders.resolve("alice"), "team", "publish");
            assertEquals(1, publish.exit());
            assertEquals("0 sent, 5 waiting\n", publish.out());
            assertEquals(1, publish.err().lines().count(), publish.err());
        } finally {
            cloud.run("start-all");
        }
        try (ResearchWorkspace workspace = open("alice")) { // Dossier restarted too: the outbox is on disk
            TeamCollection team = workspace.service(TeamCollection.class);
            assertEquals(5, team.waiting());
            // a batch a stopped machine left torn (renamed, not yet fsynced, so not in the ledger): dropped
            Files.write(folders.resolve("alice").resolve(TeamCollection.FOLDER).resolve(COLLECTION).resolve("outbox")
                    .resolve("9999999999-3.javabin"), new byte[0]);
            long sent = 0;
            long deadline = System.nanoTime() + 90_000_000_000L;
            PublishReport report;
            do { // the restarted nodes elect their leaders
                report = team.send(new NullProgressMonitor());
                sent += report.sent();
            } while (report.waiting() > 0 && System.nanoTime() < deadline && sleep());
            assertEquals(5, sent, String.valueOf(report));
            assertEquals(0, team.waiting());
            while (team.status().documents() < 8 && System.nanoTime() < deadline && sleep()) {
                // a commit the restarting cluster missed: the soft auto-commit shows them within seconds
            }
            assertEquals(8, team.status().documents(), "3 earlier items and 5 new ones, each once");
            assertEquals(5, team.search(SearchRequest.of("launch day").withLimit(20)).totalHits());
            PublishReport again = team.publish(workspace.caseFileNamed("Launch").getItemIds(), new NullProgressMonitor());
            assertEquals(0, again.queued(), "the ledger recorded what waited: " + again);
        }
    }

    private static void publishWhileTheClusterIsDown() throws Exception {
        try (ResearchWorkspace workspace = open("alice")) {
            CaseFile launch = workspace.caseFileNamed("Launch");
            for (int i = 0; i < 5; i++) {
                workspace.importCapture(capture("https://social.example.net/post/" + i, "Launch post " + i, "@fan" + i,
                        "Launch day post number " + i + " about the offline launch", "2024-07-0" + (i + 1)
                                + "T12:00:00Z"), launch, List.of("Theme/Launch"));
            }
            workspace.save();
            List<String> items = launch.getItemIds();
            TeamCollection team = workspace.service(TeamCollection.class);
            PublishReport offline = team.publish(items, new NullProgressMonitor());
            assertEquals(5, offline.queued());
            assertEquals(0, offline.sent());
            assertEquals(5, offline.waiting());
            assertTrue(offline.problem().startsWith("the team collection 'team' cannot be reached at "),
                    offline.problem());
            assertFalse(offline.problem().contains("\n"), offline.problem());
            assertEquals(new PublishReport(5, 0, 5, 0, 0, 5, offline.problem(), 0, null), team.publish(items,
                    new NullProgressMonitor()), "queued once, not again");
        }
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(1000);
        return true;
    }

    @Test
    @Order(55)
    void aBatchAnEarlierDossierWroteAsAListOfDocumentsIsStillSent() throws Exception {
        SolrInputDocument earlier = new SolrInputDocument();
        earlier.setField(IndexSchema.ID, "from-an-earlier-dossier");
        earlier.setField(IndexSchema.TEXT, "a quokka queued before this version");
        earlier.setField(SolrSchema.FINGERPRINT, "0".repeat(64));
        Path outbox = folders.resolve("alice").resolve(TeamCollection.FOLDER).resolve(COLLECTION).resolve("outbox");
        try (JavaBinCodec codec = new JavaBinCodec(); var out = Files.newOutputStream(outbox.resolve(
                "0000000000-1.javabin"))) {
            codec.marshal(List.of(earlier), out);
        }
        try (ResearchWorkspace workspace = open("alice"); SolrConnection solr = new SolrConnection(connection,
                PASSWORD)) {
            TeamCollection team = workspace.service(TeamCollection.class);
            assertEquals(1, team.waiting());
            assertEquals(1, team.send(new NullProgressMonitor()).sent());
            assertEquals(1, team.search(SearchRequest.of("quokka")).totalHits());
            solr.call(c -> new UpdateRequest().deleteById(earlier.getFieldValue(IndexSchema.ID).toString())
                    .commit(c, COLLECTION)); // not one of alice's items: the later tests do not count it
        }
    }

    @Test
    @Order(60)
    void searchesGoOnWhileANodeStops() throws Exception {
        try (ResearchWorkspace workspace = open("bob")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            long expected = team.search(SearchRequest.of("launch").withFacets()).totalHits();
            ExecutorService searcher = Executors.newSingleThreadExecutor();
            try {
                Future<List<Long>> counts = searcher.submit(() -> {
                    List<Long> found = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        found.add(team.search(SearchRequest.of("launch").withFacets()).totalHits());
                        Thread.sleep(25);
                    }
                    return found;
                });
                Thread.sleep(300);
                cloud.run("stop-node 1");
                List<Long> found = counts.get();
                assertEquals(60, found.size());
                assertTrue(found.stream().allMatch(c -> c == expected), "every search counted " + expected + ": "
                        + found);
            } finally {
                searcher.shutdownNow();
                cloud.run("start-node 1");
            }
        }
    }

    @Test
    @Order(65)
    void germanTextIsFoundByOtherFormsOfItsWordsAsLocally() throws Exception {
        try (ResearchWorkspace workspace = open("alice")) {
            String text = "Die Preise des Hauses am See sind gestiegen, und viele Familien mit Kindern suchen ein Haus.";
            Instant date = Instant.parse("2024-08-01T10:00:00Z");
            String id = workspace.importCapture(new Capture(ItemType.ARTICLE, "https://zeitung.example.de/wohnen", null,
                    "Wohnungsmarkt", "Jane Doe", null, null, date, date, "de", "text/html",
                    ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), text), null, List.of()).id();
            workspace.save();
            TeamCollection team = workspace.service(TeamCollection.class);
            PublishReport published = team.publish(List.of(id), new NullProgressMonitor());
            assertEquals(null, published.problem(), published.toString());
            SearchResults found = team.search(SearchRequest.of("Häuser Kind lang:de"));
            assertEquals(List.of("Wohnungsmarkt"), titles(found), "German forms, as the local index finds them");
            assertEquals(titles(SearchIndex.of(workspace).search(SearchRequest.of("Häuser Kind lang:de"))),
                    titles(found));
            assertEquals(List.of(), titles(team.search(SearchRequest.of("Häuser lang:en"))));
        }
    }

    @Test
    @Order(66)
    void aBatchTheClusterRefusesIsSetAsideWithItsReasonAndTheRestIsSent() throws Exception {
        // a batch queued by a Dossier whose schema has a field this collection's lacks (set up by an older version)
        SolrInputDocument unknown = new SolrInputDocument();
        unknown.setField(IndexSchema.ID, "from-a-newer-dossier");
        unknown.setField("text_xx", "a field this collection's schema does not have");
        unknown.setField(SolrSchema.FINGERPRINT, "0".repeat(64));
        new Outbox(folders.resolve("alice").resolve(TeamCollection.FOLDER).resolve(COLLECTION)).add(List.of(unknown),
                Set.of());
        try (ResearchWorkspace workspace = open("alice")) {
            CaseFile later = workspace.caseFileNamed("Later");
            workspace.importCapture(capture("https://blog.example.com/later", "Later post", "@acme",
                    "A post published after the refused batch.", "2024-08-01T09:00:00Z"), later, List.of());
            workspace.save();
            TeamCollection team = workspace.service(TeamCollection.class);
            PublishReport report = team.publish(later.getItemIds(), new NullProgressMonitor());
            assertEquals(1, report.sent(), String.valueOf(report));
            assertEquals(0, report.waiting(), "the refused batch does not wait: " + report);
            assertEquals(1, report.rejected());
            assertTrue(report.rejection().contains("unknown field 'text_xx'"), report.rejection());
            assertEquals(1, team.search(SearchRequest.of("refused batch")).totalHits());
            TeamStatus status = team.status();
            assertEquals(1, status.rejected());
            assertEquals(report.rejection(), status.rejection());
        }
        CommandRunner.Captured status = CommandRunner.runIn(folders.resolve("alice"), "team", "status");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().contains("refused:    1 set aside"), status.out());
        CommandRunner.Captured publish = CommandRunner.runIn(folders.resolve("alice"), "team", "publish");
        assertEquals("0 sent, 0 waiting\n", publish.out(), "set aside, it is not sent again");
        assertEquals(0, publish.exit(), publish.err());
    }

    @Test
    @Order(67)
    void relatedItemsOnTheTeamAreThoseTheLocalIndexRelates() throws Exception {
        String sharing;
        try (ResearchWorkspace workspace = open("alice")) { // alice's items are all on the team
            sharing = workspace.store().idForCanonicalUrl("https://blog.example.com/sharing").orElseThrow();
            Set<String> local = withDuplicates(SearchIndex.of(workspace).related(sharing, 20));
            Set<String> team = withDuplicates(workspace.service(TeamCollection.class).related(sharing, 20));
            assertFalse(local.isEmpty());
            assertFalse(team.contains(sharing), "not related to itself");
            assertEquals(local, team);
        }
        CommandRunner.Captured related = CommandRunner.runIn(folders.resolve("alice"), "search", "--team",
                "--related", sharing);
        assertEquals(0, related.exit(), related.err());
        assertTrue(related.out().contains("Outage apology") || related.out().contains("Pricing notes"), related.out());
    }

    @Test
    @Order(68)
    void anItemNoCaseFileHoldsAnyMoreIsDeletedFromTheTeamWithTheNextPublish() throws Exception {
        try (ResearchWorkspace workspace = open("alice")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            long before = team.status().documents();
            workspace.deleteCaseFile(workspace.caseFileNamed("Later")); // its one item stays in the store, unfiled
            workspace.save();
            PublishReport report = team.publish(workspace.caseFileNamed("Brand trust").getItemIds(),
                    new NullProgressMonitor());
            assertEquals(1, report.deleted(), String.valueOf(report));
            assertEquals(0, report.waiting());
            assertEquals(before - 1, team.status().documents());
            assertEquals(0, team.search(SearchRequest.of("refused batch")).totalHits());
            assertEquals(0, team.publish(List.of(), new NullProgressMonitor()).deleted(), "deleted once");
        }
    }

    /**
     * An item brought by a source through the intake, in a case file, tagged, clipped, German, with handles,
     * hashtags, links and engagement: every field and value its document in the local index holds (terms, points,
     * doc values, stored values, facets) is in its document on the team, so a field added locally cannot be forgotten
     * by a publish.
     */
    @Test
    @Order(69)
    void everyFieldAndValueOfTheLocalIndexDocumentIsInThePublishedDocument() throws Exception {
        try (ResearchWorkspace workspace = open("dave")) {
            TeamCollection team = workspace.service(TeamCollection.class);
            team.connect(connection, PASSWORD);
            CaseFile energy = workspace.caseFileNamed("Energy");
            Source watch = workspace.addSource("rss", "Energy watch", Map.of(), "PT1H");
            String text = "Die Strompreise steigen wieder, sagt @stadtwerke_ms: #energie https://www.example.de/tarif";
            Instant published = Instant.parse("2024-09-02T07:30:00Z");
            Intake.Batch batch = workspace.intake().batch(new Intake.Filing(energy.getId(), List.of("Theme/Energy"),
                    watch));
            batch.put(new Capture(ItemType.MENTION, "https://social.example.de/@anna/1", null, "Strompreise",
                    "Anna Berg", "@anna", 1_200L, published, published.plusSeconds(90), "de-AT", "application/json",
                    text.getBytes(StandardCharsets.UTF_8), text, new Engagement(3L, 14L, 52L, 2L)));
            String id = workspace.intake().file(batch, Intake.ModelThread.CALLER).results().get(0).id();
            workspace.clip(id, "Strompreise steigen", energy, List.of("Tone/Negative"), "prices again");
            workspace.save();
            SearchIndex index = SearchIndex.of(workspace);
            index.waitFor(index.update(id));
            Map<String, Set<String>> local = localDocument(index, id);
            assertTrue(local.containsKey("via") && local.containsKey("text_de") && local.containsKey("facet_tag")
                    && local.containsKey("likes"), "a rich document: " + local.keySet());

            PublishReport report = team.publish(List.of(id), new NullProgressMonitor());
            assertEquals(1, report.sent(), String.valueOf(report));
            try (SolrConnection solr = new SolrConnection(connection, PASSWORD)) {
                SolrQuery query = new SolrQuery("*:*").addFilterQuery("{!term f=id}" + id).setFields("*")
                        .setFacet(true).setFacetMinCount(0);
                local.forEach((field, values) -> values.forEach(v -> query.addFacetQuery("{!term f=" + field + "}"
                        + v)));
                QueryResponse response = solr.call(c -> c.query(COLLECTION, query));
                assertEquals(1, response.getResults().getNumFound());
                SolrDocument remote = response.getResults().get(0);
                Map<String, Set<String>> missing = new TreeMap<>();
                local.forEach((field, values) -> values.forEach(v -> {
                    Collection<Object> held = remote.getFieldValues(field);
                    boolean found = held != null && held.stream().anyMatch(h -> String.valueOf(h).equals(v))
                            || response.getFacetQuery().getOrDefault("{!term f=" + field + "}" + v, 0) == 1;
                    if (!found) {
                        missing.computeIfAbsent(field, f -> new TreeSet<>()).add(v);
                    }
                }));
                assertEquals(Map.of(), missing, "what the local index holds and the team's document lacks");
            }
            assertEquals(List.of("Strompreise"), titles(team.search(SearchRequest.of("via:\"Energy watch\""))));
        }
    }

    /**
     * Every value the local index holds for an item, by field: its terms, points, doc values and stored values, the
     * facets under their team fields ({@code facet_DIM}, paths with "/"). Left out: the boards' sorted {@code account}
     * (local statistics only) and the rebuild generation {@code gen} (the local index's own bookkeeping).
     */
    private static Map<String, Set<String>> localDocument(SearchIndex index, String id) throws Exception {
        return index.read("", (searcher, all) -> {
            Map<String, Set<String>> values = new TreeMap<>();
            int doc = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1).scoreDocs[0].doc;
            LeafReaderContext leafContext = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(doc,
                    searcher.getIndexReader().leaves()));
            LeafReader leaf = leafContext.reader();
            int target = doc - leafContext.docBase;
            java.util.function.BiConsumer<String, String> add = (field, value) -> {
                if (field.equals("$facets")) {
                    String[] path = value.split("\u001f", 2);
                    if (path.length == 2) {
                        values.computeIfAbsent("facet_" + path[0], f -> new TreeSet<>()).add(path[1].replace(
                                '\u001f', '/'));
                    }
                } else if (!field.equals(IndexSchema.ACCOUNT) && !field.equals("gen")) {
                    values.computeIfAbsent(field, f -> new TreeSet<>()).add(value);
                }
            };
            for (FieldInfo info : leaf.getFieldInfos()) {
                String field = info.name;
                if (info.getIndexOptions() != IndexOptions.NONE) {
                    TermsEnum terms = leaf.terms(field).iterator();
                    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                        if (terms.postings(null, PostingsEnum.NONE).advance(target) == target) {
                            add.accept(field, term.utf8ToString());
                        }
                    }
                }
                if (info.getPointDimensionCount() == 1) {
                    leaf.getPointValues(field).intersect(new PointValues.IntersectVisitor() {
                        @Override
                        public void visit(int docId) {
                            throw new IllegalStateException("every cell is crossed");
                        }

                        @Override
                        public void visit(int docId, byte[] packed) {
                            if (docId == target) {
                                add.accept(field, Long.toString(LongPoint.decodeDimension(packed, 0)));
                            }
                        }

                        @Override
                        public PointValues.Relation compare(byte[] min, byte[] max) {
                            return PointValues.Relation.CELL_CROSSES_QUERY;
                        }
                    });
                }
                if (info.getDocValuesType() == DocValuesType.NUMERIC) {
                    NumericDocValues numbers = DocValues.getNumeric(leaf, field);
                    if (numbers.advanceExact(target)) {
                        add.accept(field, Long.toString(numbers.longValue()));
                    }
                } else if (info.getDocValuesType() == DocValuesType.SORTED_SET) {
                    SortedSetDocValues set = DocValues.getSortedSet(leaf, field);
                    if (set.advanceExact(target)) {
                        for (int i = 0; i < set.docValueCount(); i++) {
                            add.accept(field, set.lookupOrd(set.nextOrd()).utf8ToString());
                        }
                    }
                } else if (info.getDocValuesType() == DocValuesType.SORTED) {
                    SortedDocValues sorted = DocValues.getSorted(leaf, field);
                    if (sorted.advanceExact(target)) {
                        add.accept(field, sorted.lookupOrd(sorted.ordValue()).utf8ToString());
                    }
                }
            }
            for (IndexableField stored : leaf.storedFields().document(target)) {
                add.accept(stored.name(), stored.numericValue() != null ? Long.toString(stored.numericValue()
                        .longValue()) : stored.stringValue());
            }
            return values;
        });
    }

    private static Set<String> withDuplicates(List<SearchResults.Hit> hits) {
        Set<String> ids = new TreeSet<>();
        hits.forEach(h -> {
            ids.add(h.id());
            ids.addAll(h.duplicates());
        });
        return ids;
    }

    @Test
    @Order(70)
    void aWrongPasswordGetsOneClearLineAndKeepsTheStoredOne() throws Exception {
        try (ResearchWorkspace workspace = open("carol")) {
            TeamException wrong = assertThrows(TeamException.class, () -> workspace.service(TeamCollection.class)
                    .connect(connection, "not-the-password"));
            assertEquals("the team cluster refused user 'solr': wrong user name or password (HTTP 401)",
                    wrong.getMessage());
            assertFalse(workspace.service(TeamCollection.class).connection().isPresent());
        }
        try (ResearchWorkspace workspace = open("bob")) {
            assertNotNull(workspace.service(TeamCollection.class).status(), "bob's stored password still works");
        }
    }

    /**
     * A collection set up by an older Dossier, whose schema lacks a field the local index writes now: connecting or
     * setting up adds it (the configset uploaded again, the collection reloaded, its documents kept). A schema with a
     * field this Dossier does not know (a newer Dossier's) is left as it is by connecting, and setting up refuses it in
     * one line.
     */
    /**
     * Two members' sources of the same name (each its own id) bring items to one collection: {@code via:NAME} on the
     * team finds both members' items, for them and for a member without such a source; locally, each finds its own.
     */
    @Test
    @Order(72)
    void viaASourceNameFindsTheItemsEveryMembersSourceOfThatNameBrought() throws Exception {
        Map<String, String> texts = Map.of("frank", "The rival cut its prices across Europe this week.", "grace",
                "Quarterly results of the rival disappointed investors again.");
        for (String member : texts.keySet()) {
            try (ResearchWorkspace workspace = open(member)) {
                TeamCollection team = workspace.service(TeamCollection.class);
                team.connect(connection, PASSWORD);
                Source watch = workspace.addSource("rss", "Rival watch", Map.of(), "PT1H");
                workspace.addSource("rss", "Other feed", Map.of(), "PT1H");
                Intake.Batch batch = workspace.intake().batch(new Intake.Filing(workspace.caseFileNamed("Rivals")
                        .getId(), List.of(), watch));
                batch.put(capture("https://rivals.example.com/" + member, "Rival news for " + member, "@rival",
                        texts.get(member), "2024-09-10T10:00:00Z"));
                String id = workspace.intake().file(batch, Intake.ModelThread.CALLER).results().get(0).id();
                workspace.save();
                assertEquals(1, team.publish(List.of(id), new NullProgressMonitor()).sent());
                SearchIndex index = SearchIndex.of(workspace);
                index.waitFor(index.update(id));
                assertEquals(List.of("Rival news for " + member), titles(index.search(
                        SearchRequest.of("via:\"rival WATCH\""))), "locally, this workspace's source's items");
            }
        }
        for (String member : List.of("frank", "grace", "alice")) { // alice has no source of that name
            try (ResearchWorkspace workspace = open(member)) {
                TeamCollection team = workspace.service(TeamCollection.class);
                assertEquals(List.of("Rival news for frank", "Rival news for grace"), titles(team.search(SearchRequest
                        .of("via:\"rival WATCH\""))).stream().sorted().toList(), member);
                assertEquals(List.of(), titles(team.search(SearchRequest.of("via:\"Other feed\""))), member);
            }
        }
    }

    @Test
    @Order(75)
    void connectingAddsTheFieldsAnOlderDossiersSchemaLacksAndLeavesANewerOne() throws Exception {
        TeamConnection older = new TeamConnection(cloud.urls(), "older", USER);
        String current = SolrSchema.get().name();
        String withoutVia = SolrSchema.get().schemaXml().replace(current, "dossier-older")
                .replaceFirst("(?m)^  <field name=\"via\" [^\n]*\n", "");
        assertFalse(withoutVia.contains("name=\"via\""));
        String newer = withoutVia.replace("</uniqueKey>\n", "</uniqueKey>\n  <field name=\"from_newer\""
                + " type=\"string\" indexed=\"true\" stored=\"true\" docValues=\"true\" multiValued=\"false\"/>\n");
        try (SolrConnection solr = new SolrConnection(older, PASSWORD)) {
            uploadConfigset(solr, newer);
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection("older",
                    TeamSchema.configset("older"), 1, 1);
            create.setWaitForFinalState(true);
            solr.call(c -> create.process(c));
            try (ResearchWorkspace workspace = open("erin")) {
                TeamCollection team = workspace.service(TeamCollection.class);
                team.connect(older, PASSWORD);
                assertFalse(team.status().schemaCurrent(), "a newer Dossier's schema is left as it is");
                assertTrue(fieldNames(solr).contains("from_newer"));

                TeamException refused = assertThrows(TeamException.class, () -> team.setup(older, PASSWORD, 1, 1));
                assertEquals("the team collection 'older' has schema 'dossier-older' with field from_newer that this"
                        + " Dossier's schema '" + current + "' lacks or defines otherwise (a newer Dossier set it up?),"
                        + " so setup would change documents already there: connect with 'dossier team connect' to use"
                        + " it as it is, or run setup from the Dossier that set it up", refused.getMessage());
                solr.call(c -> CollectionAdminRequest.reloadCollection("older").process(c));
                assertTrue(fieldNames(solr).contains("from_newer"), "setup did not upload its configset either");

                uploadConfigset(solr, withoutVia);
                solr.call(c -> CollectionAdminRequest.reloadCollection("older").process(c));
                assertFalse(fieldNames(solr).contains("via"));
                team.connect(older, PASSWORD);
                assertTrue(team.status().schemaCurrent(), "the older schema now has this Dossier's fields");
                assertTrue(fieldNames(solr).contains("via"));

                uploadConfigset(solr, withoutVia);
                solr.call(c -> CollectionAdminRequest.reloadCollection("older").process(c));
                team.setup(older, PASSWORD, 1, 1);
                assertTrue(team.status().schemaCurrent(), "setup replaces a schema that only lacks fields");
                assertTrue(fieldNames(solr).contains("via"));
            }
        }
    }

    private static void uploadConfigset(SolrConnection solr, String schemaXml) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Configset.zip()));
                ZipOutputStream out = new ZipOutputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = entry.getName().equals("schema.xml") ? schemaXml.getBytes(StandardCharsets.UTF_8)
                        : in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        solr.call(c -> new ConfigSetAdminRequest.Upload().setConfigSetName(TeamSchema.configset("older"))
                .setOverwrite(true).setCleanup(true).setUploadStream(new ContentStreamBase.ByteArrayStream(
                        zip.toByteArray(), "configset.zip", "application/zip")).process(c));
    }

    private static Set<String> fieldNames(SolrConnection solr) throws Exception {
        return solr.call(c -> new SchemaRequest.Fields().process(c, "older")).getFields().stream()
                .map(f -> String.valueOf(f.get("name"))).collect(Collectors.toSet());
    }

    @Test
    @Order(80)
    void disconnectLeavesTheOutboxAndTheOtherWorkspacesConnected() throws Exception {
        CommandRunner.Captured disconnect = CommandRunner.runIn(folders.resolve("bob"), "team", "disconnect");
        assertEquals(0, disconnect.exit(), disconnect.err());
        assertEquals("disconnected from team collection 'team'\n", disconnect.out());
        try (ResearchWorkspace workspace = open("bob")) {
            assertFalse(workspace.service(TeamCollection.class).connection().isPresent());
            assertTrue(Files.isDirectory(workspace.folder().resolve(TeamCollection.FOLDER).resolve(COLLECTION)),
                    "the outbox stays");
        }
        CommandRunner.Captured search = CommandRunner.runIn(folders.resolve("bob"), "search", "--team", "sharing");
        assertEquals(1, search.exit(), search.out());
        assertTrue(search.err().contains("has no team collection"), search.err());
        try (ResearchWorkspace workspace = open("alice")) {
            assertNotNull(workspace.service(TeamCollection.class).status(), "alice's connection and password stay");
        }
    }
}
