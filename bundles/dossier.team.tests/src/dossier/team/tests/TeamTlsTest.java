package dossier.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.team.PublishReport;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import dossier.team.TeamException;
import dossier.team.localcloud.LocalSolrCloud;
import dossier.testing.SolrCloudProcess;

/**
 * A team collection on a SolrCloud that speaks only HTTPS (HTTP/2 over TLS, ALPN), with a self-signed certificate made
 * here with the JDK's keytool as an administrator would: without the certificate in Dossier's trust store, setting up
 * fails in one line that says how to give one; with it given as README says (the JVM's javax.net.ssl.trustStore),
 * the workspace sets the collection up, publishes and searches.
 */
class TeamTlsTest {

    private static final String USER = "solr";
    private static final String PASSWORD = "SolrRocks";
    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path folders;
    private static LocalSolrCloud cloud;
    private static Path truststore;

    @BeforeAll
    static void startCloud() throws Exception {
        Path keystore = folders.resolve("solr-keystore.p12");
        Path certificate = folders.resolve("solr.pem");
        truststore = folders.resolve("dossier-truststore.p12");
        keytool("-genkeypair", "-alias", "solr", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "solr", "-keystore", keystore.toString(), "-storepass",
                STORE_PASSWORD, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "solr", "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", STORE_PASSWORD);
        cloud = SolrCloudProcess.start(2, USER + ":" + PASSWORD, keystore + ":" + STORE_PASSWORD);
    }

    @AfterAll
    static void stopCloud() throws Exception {
        System.clearProperty("javax.net.ssl.trustStore");
        System.clearProperty("javax.net.ssl.trustStorePassword");
        if (cloud != null) {
            cloud.close();
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool " + arguments[0] + ": " + output);
    }

    @Test
    void setUpPublishAndSearchOverHttpsWithTheCertificateTrusted() throws Exception {
        assertTrue(cloud.urls().stream().allMatch(u -> u.startsWith("https://127.0.0.1:")), cloud.urls().toString());
        TeamConnection connection = new TeamConnection(cloud.urls(), "secure", USER);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folders.resolve("alice"))) {
            TeamCollection team = workspace.service(TeamCollection.class);
            TeamException untrusted = assertThrows(TeamException.class, () -> team.setup(connection, PASSWORD, 1, 2));
            assertTrue(untrusted.getMessage().startsWith("the team cluster's TLS certificate is not trusted ("),
                    untrusted.getMessage());
            assertTrue(untrusted.getMessage().endsWith("naming a trust store that holds it (see README, Team"
                    + " collections, TLS)") && !untrusted.getMessage().contains("\n"), untrusted.getMessage());

            System.setProperty("javax.net.ssl.trustStore", truststore.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", STORE_PASSWORD);
            team.setup(connection, PASSWORD, 1, 2);
            Instant date = Instant.parse("2024-05-03T10:00:00Z");
            String text = "Encrypted all the way: the brand's reply travelled over TLS.";
            String id = workspace.importCapture(new Capture(ItemType.ARTICLE, "https://blog.example.com/tls",
                    null, "Over TLS", "Jane Doe", "@acme", null, date, date.plusSeconds(60), "en", "text/html",
                    ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8), text),
                    workspace.caseFileNamed("Secure"), List.of()).id();
            PublishReport report = team.publish(List.of(id), new NullProgressMonitor());
            assertEquals(1, report.sent(), report.toString());
            assertEquals(0, report.waiting(), report.toString());
            SearchResults found = team.search(SearchRequest.of("travelled"));
            assertEquals(1, found.totalHits());
            assertEquals("Over TLS", found.hits().get(0).title());
            assertTrue(found.hits().get(0).snippet().contains("[travelled]"), found.hits().get(0).snippet());
        }
    }
}
