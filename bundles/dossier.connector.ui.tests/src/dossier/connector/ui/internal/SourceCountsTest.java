package dossier.connector.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.casefile.Tagging;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;
import dossier.model.casefile.TagScheme;
import dossier.ui.testing.WorkbenchRobot;

/**
 * The Sources view and the Library's Sources group share one reading of each source's item count: changes that do
 * not touch sources (notes, tags, a case file renamed) read no source file, and a fetch is read once for both.
 */
class SourceCountsTest {

    private static final String LIBRARY_VIEW = "dossier.ui.libraryView";
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Patisserie news</title>
            <item><title>Eclair</title><link>https://patisserie.example/eclair</link>
            <description>An eclair.</description></item>
            <item><title>Tarte</title><link>https://patisserie.example/tarte</link>
            <description>A tarte.</description></item>
            %s</channel></rss>""";
    private static final String THIRD = """
            <item><title>Macaron</title><link>https://patisserie.example/macaron</link>
            <description>A macaron.</description></item>""";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final AtomicInteger served = new AtomicInteger();
    private HttpServer server;
    private String base;
    private IWorkbenchWindow window;
    private ResearchWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> send(exchange,
                FEED.formatted(served.getAndIncrement() == 0 ? "" : THIRD)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        workspace = session.workspace();
    }

    @AfterEach
    void close() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Test
    void unrelatedChangesReadNoSourceFileAndAFetchIsReadOnceForTheViewAndTheLibrary() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        page.showView(LIBRARY_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        Source source = workspace.addSource("feed", "Patisserie blog", Map.of("url", base + "/feed.xml", "case",
                "Patisserie watch"), null);
        page.showView(SourcesView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        Table table = robot.widgets(window.getShell(), Table.class, t -> t.isVisible() && t.getColumnCount() == 5)
                .get(0);
        refreshNow(table, "Patisserie blog");
        robot.waitUntil("the view counts the first fetch", () -> "2".equals(cell(table, "Patisserie blog", 4)));
        // the fetch filed its items in a new case file: the Library shows its tree, not its empty page
        robot.waitUntil("the Library shows its tree",
                () -> !robot.widgets(window.getShell(), Tree.class, Tree::isVisible).isEmpty());
        Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the Library counts it too",
                () -> robot.hasTreeItem(library, "Patisserie blog  (Feed, 2 items)"));
        SourceItems counts = workspace.service(SourceItems.class);
        settle(counts);
        int filesRead = counts.filesRead();

        CaseFile caseFile = workspace.caseFile("Patisserie watch").orElseThrow();
        String itemId = caseFile.getItemIds().get(0);
        Tagging tagging = new Tagging(workspace);
        TagScheme scheme = tagging.createScheme("Patisserie tags");
        try {
            for (int i = 0; i < 10; i++) {
                workspace.addNote(itemId, "Note " + i, caseFile);
                tagging.tag(tagging.addPath(scheme, "Kind/Kind " + i, null), List.of(itemId));
            }
            workspace.renameCaseFile(caseFile, "Patisserie study");
            settle(counts);
            assertEquals(filesRead, counts.filesRead(), "notes, tags and a renamed case file read no source file");
            assertEquals("2", cell(table, "Patisserie blog", 4));

            robot.waitUntil("the first fetch is over", () -> !cell(table, "Patisserie blog", 3).equals("fetching..."));
            refreshNow(table, "Patisserie blog");
            robot.waitUntil("the view counts the second fetch's new item",
                    () -> "3".equals(cell(table, "Patisserie blog", 4)));
            robot.waitUntil("the Library shows the same count",
                    () -> robot.hasTreeItem(library, "Patisserie blog  (Feed, 3 items)"));
            settle(counts);
            assertEquals(filesRead + 1, counts.filesRead(), "the fetched source's file is read once, for both");
            robot.screenshot("source-counts-shared");
        } finally {
            tagging.deleteScheme(scheme);
            workspace.removeSource(source);
        }
    }

    private void refreshNow(Table table, String name) {
        robot.waitUntil("the view lists " + name, () -> row(table, name) != null);
        table.setSelection(row(table, name));
        table.notifyListeners(SWT.Selection, new Event());
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        robot.flush();
        MenuItem refresh = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "")
                .startsWith("Refresh Now")).findFirst().orElseThrow();
        robot.click(refresh);
    }

    private static TableItem row(Table table, String name) {
        return Arrays.stream(table.getItems()).filter(i -> name.equals(i.getText(0))).findFirst().orElse(null);
    }

    private static String cell(Table table, String name, int column) {
        TableItem row = row(table, name);
        return row == null ? null : row.getText(column);
    }


    /** Waits until no source file has been read for a second (what a change set off has been counted). */
    private void settle(SourceItems counts) {
        robot.waitUntilSteady("the counts are read", counts::filesRead);
    }
}
