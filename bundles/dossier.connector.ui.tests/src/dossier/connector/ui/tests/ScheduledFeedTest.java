package dossier.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Source;
import dossier.testing.LocalHttpServer;
import dossier.ui.testing.WorkbenchRobot;

/** A feed source on a schedule, served from 127.0.0.1: its entries arrive in the Library by themselves. */
class ScheduledFeedTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Brand watch</title>
            <item><title>Launch week</title><link>https://blog.example/launch</link>
            <description>The launch worked.</description></item>
            <item><title>Pricing backlash</title><link>https://blog.example/pricing</link>
            <description>Customers pushed back.</description></item>
            </channel></rss>""";

    @Test
    void aScheduledFeedSourceBringsItsEntriesIntoTheLibrary() throws Exception {
        try (LocalHttpServer server = LocalHttpServer.start().handle("/feed.xml",
                exchange -> LocalHttpServer.send(exchange, "application/rss+xml", RSS))) {
            WorkbenchRobot robot = new WorkbenchRobot();
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
            robot.waitUntil("the workspace is open", () -> session.workspace() != null);
            ResearchWorkspace workspace = session.workspace();
            Source source = workspace.addSource("feed", "Brand blog", Map.of("url", server.base() + "/feed.xml",
                    "case", "Brand watch"), "PT1M");

            robot.waitUntil("the scheduler fetched the feed", () -> source.getLastFetch() != null);
            assertTrue(source.getLastFetch().isOk(), source.getLastFetch().getMessage());
            assertTrue(source.getLastFetch().getMessage().startsWith("2 new"), source.getLastFetch().getMessage());
            robot.waitUntil("the Library shows the case file with the entries", () -> {
                List<Tree> trees = robot.widgets(window.getShell(), Tree.class, Tree::isVisible);
                return !trees.isEmpty() && Arrays.stream(trees.get(0).getItems())
                        .anyMatch(i -> i.getText().equals("Brand watch  (2 items, 0 clips)"));
            });
            Tree tree = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
            robot.waitUntil("the entries' titles are shown",
                    () -> robot.treeItem(tree, t -> t.equals("Pricing backlash")) != null);
            assertEquals(2, workspace.caseFile("Brand watch").orElseThrow().getItemIds().size());
            robot.screenshot("scheduled-feed");
        }
    }
}
