package dossier.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner;
import dossier.service.LocalService;
import dossier.service.forward.Frames;
import dossier.testing.SeedArticles;

/**
 * Commands on a workspace a running Dossier holds are carried out there: the same command lines, run in-process on one
 * workspace and forwarded on another, print the same and exit the same.
 */
class ForwardedCommandsTest {

    @TempDir
    Path temp;

    private ResearchWorkspace held;
    private LocalService service;

    @BeforeEach
    void serve() throws Exception {
        held = ResearchWorkspace.open(temp.resolve("held"));
        ReentrantLock model = new ReentrantLock();
        service = LocalService.start(held, change -> {
            model.lock();
            try {
                change.run();
            } finally {
                model.unlock();
            }
        }, (client, code) -> { });
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        held.close();
    }

    private void bothWays(String... args) throws Exception {
        CommandRunner.Captured inProcess = CommandRunner.runIn(temp.resolve("own"), args);
        ServiceClient.Run forwarded = ServiceClient.forward(temp.resolve("held"), temp, args);
        String command = String.join(" ", args);
        assertEquals(inProcess.exit(), forwarded.exit(), command + ": " + forwarded.err());
        assertEquals(normal(inProcess.out()), normal(forwarded.out()), command);
        assertEquals(normal(inProcess.err()), normal(forwarded.err()), command);
    }

    /** Capture times, the ids of case files and tags (12 characters) and the two workspaces' folders differ between the two runs; nothing else may. */
    private String normal(String printed) {
        return printed.replace(temp.resolve("own").toString(), "WORKSPACE").replace(temp.resolve("held").toString(),
                "WORKSPACE").replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "TIME")
                .replaceAll("\\d+(\\.\\d+)? ms", "N ms")
                .replaceAll("(?<![\\w-])[\\w-]{12}(?![\\w-])", "MODEL-ID");
    }

    @Test
    void aStrategistsCommandsPrintAndExitTheSameForwarded() throws Exception {
        String seeds = SeedArticles.folder().toString();
        bothWays("import", seeds, "--case", "Social sharing", "--tag", "Source/Blog");
        bothWays("import", seeds, "--json");
        bothWays("case", "list", "--json");
        bothWays("case", "show", "Social sharing");
        bothWays("tags", "list");
        bothWays("search", "followers");
        bothWays("search", "social", "--json");
        bothWays("version");
        bothWays("show", "nosuchitem");
        bothWays("import");
        bothWays("nosuchcommand");
        bothWays("case", "--help");

        assertTrue(held.caseFile("Social sharing").isPresent(), "the change is in the holder's model at once");
        assertFalse(held.isDirty(), "and saved by the holder");
    }

    @Test
    void relativePathsAreTheCallersAndAUsageErrorSaysSo() throws Exception {
        Path seeds = SeedArticles.folder();
        String file = SeedArticles.files().get(0).getFileName().toString();
        ServiceClient.Run run = ServiceClient.forward(temp.resolve("held"), seeds, "import", file, "--json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"outcome\": \"new\""), run.out());
        assertTrue(run.out().contains("\"file\": \"" + seeds.toRealPath().resolve(file)), run.out());
    }

    @Test
    void ctrlCCancelsTheCommandWhereItRuns() throws Exception {
        Process process = ServiceClient.forwarder(temp.resolve("held"), temp, "testing", "wait");
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("waiting", out.readLine());
        new ProcessBuilder(List.of("kill", "-INT", Long.toString(process.pid()))).start().waitFor();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(Frames.CANCELLED, process.exitValue());
        String err = ServiceClient.read(process.getErrorStream());
        assertTrue(err.contains("interrupted") && err.contains("dossier: cancelled"), err);
    }
}
