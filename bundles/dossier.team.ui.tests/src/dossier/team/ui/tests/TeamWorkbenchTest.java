package dossier.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.SearchRequest;
import dossier.model.casefile.CaseFile;
import dossier.search.ui.SearchUI;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import dossier.team.localcloud.LocalSolrCloud;
import dossier.testing.SolrCloudProcess;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist shares a case file with the team and finds the team's material from the workbench, against a real
 * SolrCloud (ZooKeeper and two Solr nodes with basic authentication, in a process of its own): connects through File >
 * Connect to Team Collection... (a wrong URL, a wrong password and a missing collection each said in one line, the
 * collection created from the dialog), publishes the case file
 * from the Library's menu (the status line then says nothing waits, and the cluster has the items), searches the team
 * collection from the Search view (facets, a drill-down, near-duplicates grouped), pulls a result into another case
 * file, and, with the cluster stopped, gets one line saying so over this workspace's results, and a publish that waits
 * in the outbox ("Team: 1 waiting").
 */
class TeamWorkbenchTest {

    private static final String USER = "solr";
    private static final String PASSWORD = "SolrRocks";
    private static final String COLLECTION = "team";
    private static final String CASE = "Brand trust";
    private static final String PULLED = "From the team";
    private static final long CLUSTER_TIMEOUT_MS = 90_000;

    private static LocalSolrCloud cloud;

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @BeforeAll
    static void startCloud() throws Exception {
        cloud = SolrCloudProcess.start(2, USER + ":" + PASSWORD);
    }

    @AfterAll
    static void stopCloud() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void publishFromTheLibrarySearchTheTeamPullAndFallBackWhenTheClusterIsDown() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        Display.getCurrent().setCursorLocation(window.getShell().toDisplay(2, 2)); // no tool tip over the screenshots

        IViewPart searchView = page.showView(SearchUI.SEARCH_VIEW);
        Composite search = searchBody();
        Combo scope = robot.widgets(search, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) != 0).get(0);
        robot.flush();
        assertFalse(scope.isVisible(), "no scope switch while the workspace has no team collection");
        assertTrue(teamStatus().isEmpty(), "no team in the status line while not connected");

        String sharing = seed(workspace);
        TeamCollection team = workspace.service(TeamCollection.class);
        connectThroughTheDialog(team);
        assertEquals(new TeamConnection(cloud.urls(), COLLECTION, USER), team.connection().orElseThrow());
        assertEquals(2, team.status().shards().get(0).replicas().size(), "created with the replicas asked for");
        try {
            robot.waitUntil("the status line shows the empty outbox", () -> teamStatus().equals("Team: 0 waiting"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the status line has " + robot.widgets(window.getShell(),
                    Label.class, l -> l.getText().startsWith("Team: ")).stream().map(l -> l.getText() + " "
                            + l.getSize() + " needing " + l.computeSize(SWT.DEFAULT, SWT.DEFAULT) + " in "
                            + l.getParent().getParent().getClass().getSimpleName() + " "
                            + l.getParent().getParent().getSize()).toList(), e);
        }
        robot.waitUntil("the Search view offers the team collection", () -> scope.isVisible()
                && List.of(scope.getItems()).equals(List.of("This workspace", "Team collection")));

        // publish the case file from the Library's menu
        IViewPart library = page.showView("dossier.ui.libraryView");
        page.activate(library);
        robot.waitUntil("the Library lists the case file", () -> libraryTree() != null);
        Tree libraryTree = libraryTree();
        select(robot.treeItem(libraryTree, t -> t.startsWith(CASE)));
        robot.click(contextMenuItem(libraryTree, "Publish to Team Collection"));
        waitLong("the publish is reported", () -> statusMessage().startsWith("Published case file '" + CASE + "'"));
        assertEquals("Published case file 'Brand trust': 4 items, 4 new or changed, 4 sent, 0 waiting",
                statusMessage());
        robot.waitUntil("the status line shows that nothing waits", () -> teamStatus().equals("Team: 0 waiting"));
        assertEquals(4, team.status().documents(), "the team collection has the case file's items");
        robot.screenshot("team-published");

        // search the team collection
        page.activate(searchView);
        choose(scope, "Team collection");
        Combo query = robot.widgets(search, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) == 0).get(0);
        Tree results = robot.widgets(search, Tree.class, t -> (t.getStyle() & SWT.VIRTUAL) != 0).get(0);
        Tree facets = robot.widgets(search, Tree.class, t -> (t.getStyle() & SWT.CHECK) != 0).get(0);
        type(query, "brand");
        waitLong("the team's results for the query show (not those of choosing the scope, all items)",
                () -> results.isVisible() && results.getItemCount() == 3 && searchStatus(search).startsWith(
                        "4 results") && Arrays.stream(results.getItems()).allMatch(i -> i.getText(1).toLowerCase(
                                Locale.ROOT).contains("brand")));
        assertEquals(4, team.search(SearchRequest.of("brand")).totalHits(), "the count is the team's");
        List<String> titles = Arrays.stream(results.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(titles.containsAll(List.of("Sharing economics", "Pricing notes")), titles.toString());
        TreeItem outage = Arrays.stream(results.getItems()).filter(i -> i.getText(0).startsWith("Outage apology"))
                .findFirst().orElseThrow(() -> new AssertionError("no outage apology in " + titles));
        assertEquals("2 copies", outage.getText(4), "the copy on another site is grouped as a near-duplicate");
        assertTrue(outage.getText(1).contains("brand apologized"), "with its snippet: " + outage.getText(1));
        outage.setExpanded(true);
        robot.flush();
        assertEquals("Outage apology (copy)", outage.getItem(0).getText(0), "the copy shows its title");
        assertEquals("near-duplicate", outage.getItem(0).getText(4));
        robot.waitUntil("facets list the sites", () -> robot.hasTreeItem(facets, "news.example.org  (1)"));
        assertTrue(robot.hasTreeItem(facets, "blog.example.com  (2)") && robot.hasTreeItem(facets, "Theme  (3)"),
                "site and tag facets with the team's counts");
        page.setPartState(page.findViewReference(SearchUI.SEARCH_VIEW), IWorkbenchPage.STATE_MAXIMIZED);
        TreeItem copy = outage.getItem(0);
        robot.waitUntil("the title column shows the titles whole, the expanded copy's too", () -> Arrays.stream(
                results.getItems()).allMatch(r -> results.getColumn(0).getWidth() >= textWidth(results, r.getText(0))
                        + 24) && copy.getBounds(0).x + textWidth(results, copy.getText(0)) < results.getColumn(0)
                                .getWidth());
        robot.screenshot("team-search");
        int resultsWidth = results.getClientArea().width;
        assertTrue(resultsWidth > search.getClientArea().width * 55 / 100, "the results get most of the view: "
                + resultsWidth + " of " + search.getClientArea().width);
        String snippet = outage.getText(1);
        assertTrue(results.getColumn(1).getWidth() >= textWidth(results, snippet.substring(0, Math.min(25, snippet
                .length()))), "the snippet column shows 25 characters: " + results.getColumn(1).getWidth());
        page.setPartState(page.findViewReference(SearchUI.SEARCH_VIEW), IWorkbenchPage.STATE_RESTORED);
        TreeItem news = robot.treeItem(facets, t -> t.equals("news.example.org  (1)"));
        news.setChecked(true);
        Event check = new Event();
        check.item = news;
        check.detail = SWT.CHECK;
        facets.notifyListeners(SWT.Selection, check);
        waitLong("the drill-down narrows to the site", () -> results.getItemCount() == 1
                && searchStatus(search).contains("narrowed to Site news.example.org"));
        assertEquals("Outage apology", results.getItem(0).getText(0), "the item of that site");

        // pull a result into another case file
        type(query, "reply");
        waitLong("the team finds the article", () -> results.getItemCount() == 1
                && results.getItem(0).getText(0).equals("Sharing economics"));
        workspace.createCaseFile(PULLED);
        results.setSelection(results.getItem(0));
        results.notifyListeners(SWT.Selection, new Event());
        robot.whenShellOpens("Pull into Case File", dialog -> {
            robot.widgets(dialog, Text.class, t -> true).get(0).setText(PULLED);
            Table list = robot.widgets(dialog, Table.class, t -> true).get(0);
            robot.waitUntil("the list shows the case file", () -> list.getItemCount() == 1
                    && list.getItem(0).getText().equals(PULLED));
            try {
                robot.screenshot("team-pull-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(robot.button(dialog, "OK"));
        });
        robot.click(contextMenuItem(results, "Pull into Case File..."));
        robot.assertDialogsPassed();
        CaseFile pulledInto = workspace.caseFile(PULLED).orElseThrow();
        waitLong("the item is pulled into the case file with who published it", () -> workspace.holds(pulledInto,
                sharing) && workspace.notesOn(sharing).stream().anyMatch(n -> n.getText().startsWith(
                        "From the team collection 'team': published by " + USER)));
        robot.waitUntil("the pull is reported", () -> statusMessage().equals(
                "Pulled 1 item from the team collection into '" + PULLED + "'"));

        // the cluster stops: one line, and this workspace's results
        cloud.run("stop-all");
        type(query, "brand");
        waitLong("the view says the team cannot be reached and shows this workspace's results", () -> searchStatus(
                search).contains("cannot be reached") && results.getItemCount() == 3);
        Label line = robot.widgets(search, Label.class, l -> l.isVisible() && l.getText().contains(
                "cannot be reached")).get(0);
        assertEquals("\u26a0 Team collection cannot be reached: these are this workspace's results  \u2014  4 results"
                + " (best 3 shown)", line.getText(), "one line says so, first");
        assertTrue(line.getToolTipText().startsWith("the team collection 'team' cannot be reached at "
                + cloud.urls().get(0)), "its tool tip says where and why: " + line.getToolTipText());
        assertTrue(Arrays.stream(results.getItems()).anyMatch(i -> i.getText(0).equals("Sharing economics")));
        page.setPartState(page.findViewReference(SearchUI.SEARCH_VIEW), IWorkbenchPage.STATE_MAXIMIZED);
        robot.screenshot("team-unreachable");
        page.setPartState(page.findViewReference(SearchUI.SEARCH_VIEW), IWorkbenchPage.STATE_RESTORED);

        // a publish while it is down waits in the outbox, and the status line says so
        workspace.addNote(sharing, "ask the team about this one", workspace.caseFile(CASE).orElseThrow());
        page.activate(library);
        select(robot.treeItem(libraryTree, t -> t.startsWith(CASE)));
        robot.click(contextMenuItem(libraryTree, "Publish to Team Collection"));
        waitLong("the status line shows what waits", () -> teamStatus().equals("Team: 1 waiting"));
        waitLong("the publish says why it waits", () -> statusMessage().equals("Published case file 'Brand trust':"
                + " 4 items, 1 new or changed, 0 sent, 1 waiting: the team collection cannot be reached"));
        robot.screenshot("team-waiting");

        // disconnecting: the scope switch and the status line go, what waits stays in the workspace
        robot.whenShellOpens("Disconnect from Team Collection", dialog -> robot.click(robot.button(dialog, "OK")));
        robot.click(robot.menu(window.getShell(), "File", "Disconnect from Team Collection"));
        robot.assertDialogsPassed();
        waitLong("the Search view no longer offers the team", () -> !scope.isVisible() && teamStatus().isEmpty());
        assertTrue(team.connection().isEmpty(), "the workspace has no team collection");
        assertTrue(java.nio.file.Files.isDirectory(workspace.folder().resolve(TeamCollection.FOLDER).resolve(
                COLLECTION)), "the outbox stays for the next connection");
    }

    /**
     * File > Connect to Team Collection...: a node that takes the connection and never answers (Cancel stops the
     * check, the fields can be changed again), a URL where nothing listens, then the cluster with a wrong password,
     * then the right one (the cluster has no such collection yet), each said in one line; then the collection is
     * created from the dialog (1 shard x 2 replicas) and the dialog closes.
     */
    private void connectThroughTheDialog(TeamCollection team) throws Exception {
        String nowhere;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nowhere = "http://127.0.0.1:" + socket.getLocalPort() + "/solr";
        }
        // never accepted: the system completes the connections and takes what is sent, nothing ever answers
        java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        robot.whenShellOpens("Connect to Team Collection", dialog -> {
            List<Text> fields = robot.widgets(dialog, Text.class, t -> true);
            fields.get(0).setText("http://127.0.0.1:" + silent.getLocalPort() + "/solr");
            fields.get(1).setText(COLLECTION);
            fields.get(2).setText(USER);
            fields.get(3).setText("wrong");
            robot.click(robot.button(dialog, "Connect"));
            assertTrue(problem(dialog).startsWith("Checking http://127.0.0.1:"), problem(dialog));
            assertFalse(fields.get(0).isEnabled(), "the fields wait for the check");
            Button cancel = robot.button(dialog, "Cancel");
            assertTrue(cancel.isEnabled(), "Cancel stays enabled while the check runs");
            long asked = System.currentTimeMillis();
            waitLong("the request has gone out and waits for its answer", () -> System.currentTimeMillis() > asked
                    + 1500);
            robot.click(cancel);
            assertFalse(dialog.isDisposed(), "the dialog stays, to change the fields");
            assertEquals("Stopped: not connected. Change the fields and connect again, or cancel.", problem(dialog));
            assertTrue(fields.get(0).isEnabled() && robot.button(dialog, "Connect").isEnabled());
            long canceled = System.currentTimeMillis();
            waitLong("the check's job ends", () -> Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager()
                    .find(null)).noneMatch(j -> j.getName().startsWith("Connecting to the team collection")));
            assertTrue(System.currentTimeMillis() - canceled < 5_000, "the job does not wait for the silent node");
            assertTrue(team.connection().isEmpty(), "not connected");

            fields.get(0).setText(nowhere);
            robot.click(robot.button(dialog, "Connect"));
            waitLong("the dialog says nothing answers", () -> problem(dialog).contains("cannot be reached"));
            assertTrue(problem(dialog).startsWith("the team collection 'team' cannot be reached at " + nowhere + " ("),
                    problem(dialog));

            fields.get(0).setText(String.join(" ", cloud.urls()));
            robot.click(robot.button(dialog, "Connect"));
            waitLong("the dialog says the password is wrong", () -> problem(dialog).contains("refused"));
            assertEquals("the team cluster refused user 'solr': wrong user name or password (HTTP 401)",
                    problem(dialog));
            assertFalse(robot.button(dialog, "Create Collection").isVisible(), "nothing to create yet");

            fields.get(3).setText(PASSWORD);
            robot.click(robot.button(dialog, "Connect"));
            waitLong("the dialog says the collection is missing", () -> problem(dialog).contains("no collection"));
            assertEquals("The cluster has no collection 'team' (it has none): create it below, or check the name.",
                    problem(dialog));
            Button create = robot.button(dialog, "Create Collection");
            assertTrue(create.isVisible(), "it offers to create the collection");
            try {
                robot.screenshot("team-connect-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.widgets(dialog, Spinner.class, x -> true).get(1).setSelection(2);
            robot.click(create);
            waitLong("the collection is created and the dialog closes", dialog::isDisposed);
        });
        try {
            robot.click(robot.menu(window.getShell(), "File", "Connect to Team Collection..."));
            robot.assertDialogsPassed();
        } finally {
            silent.close();
        }
    }

    /** The dialog's one line on what went wrong. */
    private String problem(org.eclipse.swt.widgets.Shell dialog) {
        if (dialog.isDisposed()) {
            return "";
        }
        return robot.widgets(dialog, Label.class, l -> (l.getStyle() & SWT.WRAP) != 0 && !l.getText().startsWith(
                "Share case files")).stream().map(Label::getText).findFirst().orElse("");
    }

    private static int textWidth(Control control, String text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /** Four articles in the case file, one clipped; the fourth a copy of the second on another site. */
    private static String seed(ResearchWorkspace workspace) throws Exception {
        CaseFile trust = workspace.caseFileNamed(CASE);
        String sharing = workspace.importCapture(capture("https://blog.example.com/sharing", "Sharing economics",
                "Brands that answer every reply win trust. Sharing builds brand trust one reply at a time.",
                "2024-05-03T10:00:00Z"), trust, List.of("Theme/Brand")).id();
        workspace.clip(sharing, "one reply at a time", trust, List.of("Tone/Positive"), "the key quote");
        String apology = "The brand apologized for the outage and shared a refund plan with every customer.";
        workspace.importCapture(capture("https://news.example.org/outage", "Outage apology", apology,
                "2024-06-10T08:00:00Z"), trust, List.of("Theme/Crisis"));
        workspace.importCapture(capture("https://news.example.net/outage-copy", "Outage apology (copy)", apology,
                "2024-06-10T09:00:00Z"), trust, List.of("Theme/Crisis"));
        workspace.importCapture(capture("https://blog.example.com/pricing", "Pricing notes",
                "Pricing pages of the brand are read more than launch posts.", "2023-11-20T09:00:00Z"), trust,
                List.of());
        return sharing;
    }

    private static Capture capture(String url, String title, String text, String published) {
        Instant date = Instant.parse(published);
        return new Capture(ItemType.ARTICLE, url, null, title, "Jane Doe", "@acme", null, date, date.plusSeconds(60),
                "en", "text/html", ("<html><body><p>" + text + "</p><!-- " + url + " --></body></html>")
                        .getBytes(StandardCharsets.UTF_8), text);
    }

    private Composite searchBody() {
        Combo query = robot.widgets(window.getShell(), Combo.class, c -> c.getToolTipText() != null
                && c.getToolTipText().startsWith("A query")).get(0);
        return query.getParent().getParent();
    }

    private Tree libraryTree() {
        return robot.widgets(window.getShell(), Tree.class, t -> t.isVisible() && Arrays.stream(t.getItems())
                .anyMatch(i -> i.getText().startsWith(CASE))).stream().findFirst().orElse(null);
    }

    /** "Team: N waiting" in the status line, shown whole, or empty while it is hidden. */
    private String teamStatus() {
        return robot.widgets(window.getShell(), Label.class, l -> l.isVisible() && l.getText().startsWith("Team: ")
                && l.getSize().x >= l.computeSize(SWT.DEFAULT, SWT.DEFAULT).x && onScreen(l)).stream()
                .map(Label::getText).findFirst().orElse("");
    }

    /** True if the whole control is within its parents' client areas (not cut off by a too narrow tool item). */
    private static boolean onScreen(Control control) {
        Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle area = control.getDisplay().map(parent, null, parent.getClientArea());
            if (!area.contains(bounds.x, bounds.y) || !area.contains(bounds.x + bounds.width - 1, bounds.y
                    + bounds.height - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The message in the workbench's status line (of the active view). */
    private String statusMessage() {
        return robot.widgets(window.getShell(), CLabel.class, l -> l.isVisible() && l.getText() != null
                && (l.getText().startsWith("Published") || l.getText().startsWith("Pulled"))).stream()
                .map(CLabel::getText).findFirst().orElse("");
    }

    private String searchStatus(Composite search) {
        return robot.widgets(search, Label.class, l -> l.isVisible() && (l.getStyle() & SWT.WRAP) == 0
                && l.getText().contains(" result")).stream().map(Label::getText).findFirst().orElse("");
    }

    private void select(TreeItem item) {
        item.getParent().setSelection(item);
        Event selection = new Event();
        selection.item = item;
        item.getParent().notifyListeners(SWT.Selection, selection);
        robot.flush();
    }

    private void choose(Combo combo, String item) {
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        robot.flush();
    }

    private void type(Combo query, String text) {
        query.setText(text);
        query.notifyListeners(SWT.DefaultSelection, new Event());
        robot.flush();
    }

    /** The item of a tree's real context menu, filled as opening it would. */
    private MenuItem contextMenuItem(Tree tree, String label) {
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        robot.flush();
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + label + "' in the context menu: " + Arrays
                        .stream(menu.getItems()).map(MenuItem::getText).toList()));
        return item;
    }

    /** As the robot's waitUntil, for what goes through the cluster (a stopped node takes its time to be given up). */
    private void waitLong(String description, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + CLUSTER_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + CLUSTER_TIMEOUT_MS + " ms waiting until " + description);
            }
            if (!Display.getCurrent().readAndDispatch()) {
                Display.getCurrent().timerExec(50, () -> {
                    // wakes the loop
                });
                Display.getCurrent().sleep();
            }
        }
    }
}
