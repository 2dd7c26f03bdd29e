package dossier.connector.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.connector.ConnectorPreferences;
import dossier.connector.ui.internal.SourcesView;
import dossier.model.casefile.Source;
import dossier.testing.LocalHttpServer;
import dossier.ui.DossierUI;
import dossier.ui.testing.WorkbenchRobot;

/**
 * The Sources view in the real workbench, against feeds served from 127.0.0.1: the New Source
 * wizard, Refresh Now with its job in the Progress view, a dead host named in the Error Log and the
 * view, Edit and Remove undone, and the Network preference page's timeout used by the fetcher.
 */
class SourcesViewTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Agency news</title>
            <item><title>Pitch won</title><link>https://agency.example/pitch</link>
            <description>The pitch was won.</description></item>
            <item><title>Campaign review</title><link>https://agency.example/review</link>
            <description>What the campaign did.</description></item>
            </channel></rss>""";

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final CountDownLatch release = new CountDownLatch(1);
    private LocalHttpServer server;
    private String base;
    private IWorkbenchWindow window;
    private ResearchWorkspace workspace;
    private Table table;
    private final AtomicInteger rollingFetches = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        server = LocalHttpServer.start();
        server.handle("/held.xml", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, RSS);
        });
        server.handle("/slow.xml", exchange -> {
            try {
                Thread.sleep(3_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, RSS);
        });
        String rolling = RSS.replace("agency.example", "rolling.example").replace("<description>",
                "<description>Rolling: ");
        server.handle("/rolling.xml", exchange -> send(exchange, rollingFetches.getAndIncrement() == 0
                ? rolling.replace("Campaign review", "Old post").replace("/review", "/old")
                        .replace("What the campaign did.", "An old post.")
                : rolling));
        base = server.base();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        workspace = session.workspace();
        window.getActivePage().showView(SourcesView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
    }

    @AfterEach
    void close() {
        release.countDown();
        server.close();
        InstanceScope.INSTANCE.getNode("dossier.connector").remove(ConnectorPreferences.READ_TIMEOUT_SECONDS);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        LocalHttpServer.send(exchange, "application/rss+xml", body);
    }

    @Test
    void aFeedAddedThroughTheWizardArrivesOnRefreshNowWithItsJobInTheProgressView() throws Exception {
        robot.whenShellOpens("New Source", wizard -> {
            Table connectors = robot.widgets(wizard, Table.class, Table::isVisible).get(0);
            List<String> labels = Arrays.stream(connectors.getItems()).map(TableItem::getText).toList();
            assertTrue(labels.containsAll(List.of("Feed", "Web page", "Mastodon")), labels.toString());
            assertFalse(robot.button(wizard, "Next >").isEnabled(), "Next waits for a connector");
            select(connectors, labels.indexOf("Feed"));
            robot.click(robot.button(wizard, "Next >"));
            robot.flush();
            Text url = parameterField(wizard, "url");
            url.setText("blog.example/feed");
            robot.flush();
            assertEquals("Feed URL must be an http:// or https:// address",
                    ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage());
            assertFalse(robot.button(wizard, "Finish").isEnabled(), "Finish waits for a valid address");
            url.setText(base + "/held.xml");
            robot.click(robot.button(wizard, "< Back"));
            robot.click(robot.button(wizard, "Next >"));
            robot.flush();
            assertEquals(base + "/held.xml", parameterField(wizard, "url").getText(), "Back and Next keep what was typed");
            finish(wizard, "Agency blog", "Agency watch", "new-source-wizard");
        });
        robot.click(robot.menu(window.getShell(), "File", "New Source..."));
        robot.assertDialogsPassed();
        robot.waitUntil("the source is added", () -> workspace.source("Agency blog").isPresent());
        Source source = workspace.source("Agency blog").orElseThrow();
        assertEquals(Map.of("url", base + "/held.xml", "case", "Agency watch"), source.getParameters());
        assertNull(source.getSchedule(), "refreshed only when asked");

        table = sourcesTable();
        TableItem row = row("Agency blog");
        assertEquals("never", row.getText(3));
        assertEquals("Feed", row.getText(1));
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor("dossier.connector.ui.refreshSources"))
                .anyMatch(keys -> keys.format().equals("F5")), "F5 is Refresh Now in the Sources view");
        assertEquals(List.of("Refresh Now (F5)"), robot.widgets(window.getShell(), ToolBar.class, ToolBar::isVisible)
                .stream().flatMap(bar -> Arrays.stream(bar.getItems())).map(ToolItem::getToolTipText)
                .filter(tip -> tip != null && tip.startsWith("Refresh Now")).toList(),
                "the toolbar's tooltip names the key once (the platform adds it to the command's tooltip)");
        robot.click(contextMenuItem("Refresh Now"));
        robot.waitUntil("the Progress view shows the fetch job",
                () -> !robot.widgets(window.getShell(), Label.class,
                        l -> l.isVisible() && l.getText().contains("Fetching Agency blog")).isEmpty());
        assertEquals("fetching...", row("Agency blog").getText(3));
        robot.screenshot("refresh-now-progress");
        release.countDown();

        robot.waitUntil("the feed's entries arrive", () -> source.getLastFetch() != null);
        assertTrue(source.getLastFetch().isOk(), source.getLastFetch().getMessage());
        assertTrue(source.getLastFetch().getMessage().startsWith("2 new"), source.getLastFetch().getMessage());
        assertEquals(2, workspace.caseFile("Agency watch").orElseThrow().getItemIds().size());
        robot.waitUntil("the Sources view counts the items", () -> "2".equals(row("Agency blog").getText(4)));
        assertTrue(row("Agency blog").getText(3).startsWith("2 new, 0 updated, 0 unchanged, 0 duplicates ("),
                row("Agency blog").getText(3));
        Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        robot.waitUntil("the Library counts the items", () -> Arrays.stream(library.getItems())
                .anyMatch(i -> i.getText().startsWith("Agency watch  (2 items")));
        robot.screenshot("refresh-now-arrived");
    }

    @Test
    void theItemsColumnCountsTheDistinctItemsOfEveryFetch() throws Exception {
        Source source = workspace.addSource("feed", "Rolling blog", Map.of("url", base + "/rolling.xml"), null);
        table = sourcesTable();
        robot.waitUntil("the view counts no items before a fetch", () -> rowOrNull("Rolling blog") != null
                && "0".equals(row("Rolling blog").getText(4)));
        refreshNow("Rolling blog");
        robot.waitUntil("the first fetch is recorded", () -> source.getLastFetch() != null);
        assertTrue(source.getLastFetch().getMessage().startsWith("2 new"), source.getLastFetch().getMessage());
        robot.waitUntil("the view counts the first fetch's items", () -> "2".equals(row("Rolling blog").getText(4)));
        robot.waitUntil("the fetch is over", () -> !row("Rolling blog").getText(3).equals("fetching..."));
        refreshNow("Rolling blog");
        robot.waitUntil("the second fetch is recorded", () -> source.getLastFetch().getMessage().startsWith("1 new"));
        assertTrue(source.getLastFetch().getMessage().startsWith("1 new, 0 updated, 1 unchanged"),
                source.getLastFetch().getMessage());
        assertEquals(2, source.getLastFetch().getItemCount(), "the last fetch brought 2 items");
        robot.waitUntil("the view counts 3 distinct items: not the last fetch's 2, nor 2 + 2",
                () -> !row("Rolling blog").getText(3).equals("fetching...")
                        && "3".equals(row("Rolling blog").getText(4)));
        robot.screenshot("items-over-fetches");
    }

    /** Names the source and its case file on the wizard's page, then (the page valid) shows it and clicks Finish. */
    private void finish(Shell wizard, String name, String caseFile, String screenshot) {
        text(wizard, "Named after the address if left empty").setText(name);
        robot.widgets(wizard, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) == 0).get(0).setText(caseFile);
        robot.flush();
        assertTrue(robot.button(wizard, "Finish").isEnabled(), "Finish is enabled once the page is valid");
        settle();
        screenshot(screenshot);
        robot.click(robot.button(wizard, "Finish"));
    }

    private void refreshNow(String name) {
        table.setSelection(row(name));
        table.notifyListeners(SWT.Selection, new Event());
        robot.click(contextMenuItem("Refresh Now"));
    }

    @Test
    void aFolderOfLocalFilesAddedThroughTheWizardIsASourceLikeAnyOther() throws Exception {
        Path notes = Files.createDirectories(Files.createTempDirectory("dossier-notes"));
        Files.writeString(notes.resolve("interview.md"), "# Interview with the baker\n\nWhy sourdough sells.");
        Files.writeString(notes.resolve("visit.txt"), "Visit notes: the queue at the counter at nine.");
        robot.whenShellOpens("New Source", wizard -> {
            Table connectors = robot.widgets(wizard, Table.class, Table::isVisible).get(0);
            List<String> labels = Arrays.stream(connectors.getItems()).map(TableItem::getText).toList();
            assertTrue(labels.containsAll(List.of("Local files", "CSV export")), labels.toString());
            select(connectors, labels.indexOf("Local files"));
            robot.click(robot.button(wizard, "Next >"));
            robot.flush();
            Text path = parameterField(wizard, "path");
            assertTrue(robot.button(wizard, "Browse...").isVisible() && robot.button(wizard, "Folder...").isVisible(),
                    "a file parameter offers to browse for a file or a folder");
            path.setText("notes");
            robot.flush();
            assertEquals("File or folder must be the full path of a file or folder",
                    ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage());
            assertFalse(robot.button(wizard, "Finish").isEnabled(), "Finish waits for a full path");
            path.setText(notes.toString());
            finish(wizard, "Field notes", "Bakery study", "new-local-files-source");
        });
        robot.click(robot.menu(window.getShell(), "File", "New Source..."));
        robot.assertDialogsPassed();
        robot.waitUntil("the source is added", () -> workspace.source("Field notes").isPresent());
        Source source = workspace.source("Field notes").orElseThrow();
        table = sourcesTable();
        robot.waitUntil("the view lists the source", () -> rowOrNull("Field notes") != null);
        assertEquals("Local files", row("Field notes").getText(1));
        refreshNow("Field notes");
        robot.waitUntil("the files arrive", () -> source.getLastFetch() != null);
        assertTrue(source.getLastFetch().getMessage().startsWith("2 new"), source.getLastFetch().getMessage());
        assertEquals(2, workspace.caseFile("Bakery study").orElseThrow().getItemIds().size());
        robot.waitUntil("the Sources view counts the items", () -> "2".equals(row("Field notes").getText(4)));
        robot.screenshot("local-files-source-fetched");
    }

    @Test
    void aDeadHostFailsItsSourceNamedInTheErrorLogAndTheView() throws Exception {
        workspace.addSource("feed", "Dead blog", Map.of("url", LocalHttpServer.deadBase() + "/feed.xml"), null);
        List<String> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (IStatus status, String plugin) -> logged.add(status.getMessage());
        Platform.addLogListener(listener);
        try {
            table = sourcesTable();
            robot.waitUntil("the view lists the source", () -> rowOrNull("Dead blog") != null);
            table.setSelection(row("Dead blog"));
            table.notifyListeners(SWT.Selection, new Event());
            robot.click(contextMenuItem("Refresh Now"));
            robot.waitUntil("the failure is logged naming the source",
                    () -> logged.stream().anyMatch(m -> m.startsWith("Source 'Dead blog' could not be fetched: ")));
            assertEquals(1, logged.stream().filter(m -> m.contains("Dead blog")).count(), "logged once: " + logged);
            Source source = workspace.source("Dead blog").orElseThrow();
            robot.waitUntil("the failure is recorded on the source", () -> source.getLastFetch() != null);
            assertFalse(source.getLastFetch().isOk());
            robot.waitUntil("the view shows the failure", () -> row("Dead blog").getText(3).contains("failed: "));
            assertNotNull(row("Dead blog").getImage(3), "a failed fetch carries the error icon");
            window.getActivePage().showView(DossierUI.ERROR_LOG_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            robot.screenshot("dead-host-failure");
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    @Test
    void editAndRemoveAreUndoable() throws Exception {
        Source source = workspace.addSource("feed", "Agency news", Map.of("url", base + "/held.xml"), null);
        table = sourcesTable();
        robot.waitUntil("the view lists the source", () -> rowOrNull("Agency news") != null);
        table.setSelection(row("Agency news"));
        table.notifyListeners(SWT.Selection, new Event());
        robot.whenShellOpens("Edit Source", wizard -> {
            assertEquals(base + "/held.xml", parameterField(wizard, "url").getText());
            choose(robot.button(wizard, "Every"));
            robot.widgets(wizard, Spinner.class, Spinner::isVisible).get(0).setSelection(2);
            robot.flush();
            robot.click(robot.button(wizard, "Finish"));
        });
        robot.click(contextMenuItem("Edit Source..."));
        robot.assertDialogsPassed();
        assertEquals("PT2H", source.getSchedule());
        robot.waitUntil("the view shows the schedule", () -> "every 2 hours".equals(row("Agency news").getText(2)));

        table.setSelection(row("Agency news"));
        table.notifyListeners(SWT.Selection, new Event());
        robot.click(contextMenuItem("Remove Source"));
        assertTrue(workspace.source("Agency news").isEmpty(), "removed");
        robot.waitUntil("the view drops the source", () -> rowOrNull("Agency news") == null);
        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        assertTrue(workspace.source("Agency news").isPresent(), "Undo brings the source back");
        robot.click(robot.menu(window.getShell(), "Edit", "Undo"));
        assertNull(workspace.source("Agency news").orElseThrow().getSchedule(), "Undo takes the edit back");
        robot.waitUntil("the view shows the source again", () -> rowOrNull("Agency news") != null);
        robot.screenshot("edit-remove-undone");
    }

    @Test
    void theNetworkPreferencePagesTimeoutIsWhatTheFetcherUses() throws Exception {
        robot.whenShellOpens("Preferences", dialog -> {
            Tree pages = robot.widgets(dialog, Tree.class, Tree::isVisible).get(0);
            TreeItem network = robot.treeItem(pages, "Network"::equals);
            pages.setSelection(network);
            Event selected = new Event();
            selected.item = network;
            pages.notifyListeners(SWT.Selection, selected);
            robot.flush();
            Text timeout = fieldAfter(dialog, "Answer timeout (seconds):");
            assertEquals("30", timeout.getText(), "the default the fetcher uses");
            type(timeout, "0");
            assertFalse(robot.button(dialog, "Apply and Close").isEnabled(), "a zero timeout is refused");
            type(timeout, "1");
            settle();
            screenshot("network-preferences");
            robot.click(robot.button(dialog, "Apply and Close"));
        });
        robot.click(robot.menu(window.getShell(), "Window", "Preferences..."));
        robot.assertDialogsPassed();
        assertEquals(1, InstanceScope.INSTANCE.getNode("dossier.connector")
                .getInt(ConnectorPreferences.READ_TIMEOUT_SECONDS, 0));

        Source slow = workspace.addSource("feed", "Slow blog", Map.of("url", base + "/slow.xml"), null);
        table = sourcesTable();
        robot.waitUntil("the view lists the source", () -> rowOrNull("Slow blog") != null);
        table.setSelection(row("Slow blog"));
        table.notifyListeners(SWT.Selection, new Event());
        robot.click(contextMenuItem("Refresh Now"));
        robot.waitUntil("the fetch gives up", () -> slow.getLastFetch() != null);
        assertTrue(slow.getLastFetch().getMessage().contains("no answer within 1 s"), slow.getLastFetch().getMessage());
    }

    // ---- helpers

    /** Clicks a radio button: it is chosen and its siblings are not, as a user's click does. */
    private void choose(Button radio) {
        for (Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
                button.setSelection(button == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
        robot.flush();
    }

    private Table sourcesTable() {
        SourcesView view = (SourcesView) window.getActivePage().findView(SourcesView.ID);
        window.getActivePage().activate(view);
        robot.waitUntil("the Sources view shows its table", () -> !robot.widgets(window.getShell(), Table.class,
                t -> t.isVisible() && t.getColumnCount() == 5).isEmpty());
        return robot.widgets(window.getShell(), Table.class, t -> t.isVisible() && t.getColumnCount() == 5).get(0);
    }

    private TableItem rowOrNull(String name) {
        return Arrays.stream(table.getItems()).filter(i -> name.equals(i.getText(0))).findFirst().orElse(null);
    }

    private TableItem row(String name) {
        TableItem row = rowOrNull(name);
        if (row == null) {
            throw new AssertionError("no row '" + name + "' in " + Arrays.stream(table.getItems())
                    .map(i -> i.getText(0)).toList());
        }
        return row;
    }

    /** The item of the table's real context menu, filled as opening it would. */
    private MenuItem contextMenuItem(String label) {
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        robot.flush();
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' in the context menu: " + Arrays.stream(menu
                        .getItems()).map(MenuItem::getText).toList()));
    }

    private void select(Table connectors, int index) {
        connectors.setSelection(index);
        Event event = new Event();
        event.item = connectors.getItem(index);
        connectors.notifyListeners(SWT.Selection, event);
        robot.flush();
    }

    private Text parameterField(Shell wizard, String parameter) {
        return robot.widgets(wizard, Text.class, t -> t.isVisible() && parameter.equals(t.getData("parameter")))
                .get(0);
    }

    private Text text(Shell wizard, String hint) {
        return robot.widgets(wizard, Text.class, t -> t.isVisible() && hint.equals(t.getMessage())).get(0);
    }

    /** The field that follows a label, as field editors lay them out. */
    private Text fieldAfter(Shell dialog, String label) {
        Label found = robot.widgets(dialog, Label.class, l -> l.isVisible() && label.equals(l.getText().replace("&",
                ""))).get(0);
        List<Control> siblings = Arrays.asList(found.getParent().getChildren());
        return (Text) siblings.get(siblings.indexOf(found) + 1);
    }

    /** Lets GTK paint what changed (button states in dialogs) before a screenshot. */
    private void settle() {
        long until = System.currentTimeMillis() + 300;
        robot.waitUntil("the screen settles", () -> System.currentTimeMillis() > until);
    }

    /** A screenshot from inside a dialog handler. */
    private void screenshot(String name) {
        try {
            robot.screenshot(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types into a field: its text changes and a key is released, as field editors listen for. */
    private void type(Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.KeyUp, new Event());
        robot.flush();
    }
}
