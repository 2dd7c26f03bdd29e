package dossier.report.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.boards.Boards;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A strategist selects a case file in the Library and exports it with File &gt; Export Case File..., then exports it
 * again from its editor with a board's charts in the report.
 */
class ExportCaseFileTest {

    private static final String CASE = "Brand report";
    private static final String PASSAGE = "You have to have the conversation.";

    @TempDir
    Path out;

    @Test
    void exportTheSelectedCaseFileFromTheFileMenu() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile(CASE);
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String url = seed.toUri().toString();
            String id = workspace.importCapture(new Capture(ItemType.DOCUMENT, url, url, seed.getFileName().toString(),
                    null, null, null, null, Instant.now(), "en", "text/plain", text.getBytes(StandardCharsets.UTF_8),
                    text), caseFile, List.of("Source/Blog")).id();
            if (text.contains(PASSAGE)) {
                workspace.clip(id, PASSAGE, caseFile, List.of("Insight"), "the thesis in one line");
            }
        }
        assertEquals(1, caseFile.getClips().size());

        IViewPart library = page.showView("dossier.ui.libraryView");
        page.activate(library);
        robot.waitUntil("the Library lists the case file", () -> robot.widgets(window.getShell(), Tree.class,
                t -> t.isVisible() && t.getItemCount() > 0).stream().anyMatch(t -> List.of(t.getItems()).stream()
                        .anyMatch(i -> i.getText().startsWith(CASE))));
        Tree tree = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
        TreeItem item = robot.treeItem(tree, t -> t.startsWith(CASE));
        tree.setSelection(item);
        Event selection = new Event();
        selection.item = item;
        tree.notifyListeners(SWT.Selection, selection);
        robot.flush();

        Path file = out.resolve("brand-report.html");
        robot.whenShellOpens("Export Case File", dialog -> {
            List<Combo> combos = robot.widgets(dialog, Combo.class, c -> true);
            assertEquals(CASE, combos.get(0).getText(), "the selected case file is the one to export");
            Combo format = combos.get(1);
            format.select(format.indexOf("HTML report"));
            format.notifyListeners(SWT.Selection, new Event());
            Text fileField = robot.widgets(dialog, Text.class, t -> true).get(0);
            assertTrue(fileField.getText().endsWith(CASE + ".html"), fileField.getText());
            assertTrue(robot.widgets(dialog, Table.class, t -> true).isEmpty() && !robot.widgets(dialog, Label.class,
                    l -> l.getText().startsWith("This workspace has no boards")).isEmpty(), "no boards: a hint");
            fileField.setText(out.resolve("missing").resolve("x.html").toString());
            Button export = robot.button(dialog, "Export");
            assertTrue(!export.isEnabled() && !robot.widgets(dialog, Label.class,
                    l -> l.getText().contains("does not exist")).isEmpty(), "a missing folder is refused");
            fileField.setText(file.toString());
            assertTrue(export.isEnabled());
            try {
                robot.screenshot("export-dialog");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(export);
        });
        robot.click(robot.menu(window.getShell(), "File", "Export Case File..."));

        robot.waitUntil("the report is written", () -> Files.isRegularFile(file));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>" + CASE + "</h1>"), html);
        assertTrue(html.contains("<blockquote>" + PASSAGE + "</blockquote>"), html);
        assertTrue(html.contains("the thesis in one line"), html);
        robot.screenshot("export-done");

        workspace.createCaseFile("Another case");
        robot.waitUntil("the Library lists the new case file", () -> List.of(tree.getItems()).stream()
                .anyMatch(i -> i.getText().startsWith("Another case")));
        robot.doubleClick(robot.treeItem(tree, t -> t.startsWith(CASE)));
        robot.waitUntil("the case file editor opens and stands for its case file",
                () -> Adapters.adapt(page.getActiveEditor(), CaseFile.class) == caseFile);
        Boards boards = Boards.of(workspace);
        boards.addPanel(boards.create("Launch watch"), "volume", "Blog posts and insights",
                Map.of("series", "Blog = tag:Source/Blog\nInsight = tag:Insight"), 0, 0, 1, 1);
        boards.create("Quiet board");
        Path withBoard = out.resolve("with-board.html");
        robot.whenShellOpens("Export Case File", dialog -> {
            List<Combo> combos = robot.widgets(dialog, Combo.class, c -> true);
            assertEquals(CASE, combos.get(0).getText(), "the case file of the active editor is the one to export");
            Table boardList = robot.widgets(dialog, Table.class, Table::isVisible).get(0);
            assertEquals(List.of("Launch watch", "Quiet board"), Arrays.stream(boardList.getItems())
                    .map(TableItem::getText).toList(), "the workspace's boards");
            TableItem launch = boardList.getItem(0);
            launch.setChecked(true);
            Event check = new Event();
            check.item = launch;
            check.detail = SWT.CHECK;
            boardList.notifyListeners(SWT.Selection, check);
            Combo format = combos.get(1);
            Button export = robot.button(dialog, "Export");
            format.select(format.indexOf("CSV of items and clips"));
            format.notifyListeners(SWT.Selection, new Event());
            assertTrue(!export.isEnabled() && !robot.widgets(dialog, Label.class,
                    l -> l.getText().startsWith("Boards go into an HTML or PDF report")).isEmpty(),
                    "a CSV has no place for charts");
            format.select(format.indexOf("HTML report"));
            format.notifyListeners(SWT.Selection, new Event());
            robot.widgets(dialog, Text.class, t -> true).get(0).setText(withBoard.toString());
            assertTrue(export.isEnabled());
            try {
                robot.screenshot("export-dialog-board");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            robot.click(export);
        });
        robot.click(robot.menu(window.getShell(), "File", "Export Case File..."));
        robot.waitUntil("the report with the board is written", () -> Files.isRegularFile(withBoard));
        String report = Files.readString(withBoard, StandardCharsets.UTF_8);
        assertTrue(report.contains("<h2>Board: Launch watch</h2>"), "the board's heading");
        assertTrue(report.contains("<h3>Blog posts and insights</h3>\n<svg"), "its panel as an inline SVG chart");
        assertTrue(report.contains(">Blog</text>") && report.contains(">Insight</text>"), "the chart's legend");
        assertTrue(!report.contains("Quiet board"), "only the checked board");
        assertTrue(report.indexOf("<svg") < report.indexOf("<blockquote>" + PASSAGE),
                "the charts come before the clips");
    }

    private static List<Path> seeds() throws java.io.IOException {
        Path folder = Path.of(System.getProperty("dossier.shared"), "corpus", "seed-articles");
        assertTrue(Files.isDirectory(folder), "the seed articles are at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
