package dossier.casefile.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.ui.testing.WorkbenchRobot;

/**
 * A listening export of 6,500 mentions filed into one case file: the Library shows its items in ranges of a thousand
 * (expanding one lists its mentions by title), the case file editor's Items page holds the first 1,000 and says so,
 * and its filter finds a mention among all of them; a mention filed into it later shows in its last range.
 */
class LargeCaseFileTest {

    private static final String CASE = "Listening export";
    private static final int MENTIONS = 6_500;

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void aCaseFileOfThousandsOfMentionsStaysBrowsable() throws Exception {
        WorkspaceSession session = PlatformUI.getWorkbench().getService(WorkspaceSession.class);
        robot.waitUntil("the workspace is open", () -> session.workspace() != null);
        ResearchWorkspace workspace = session.workspace();
        CaseFile caseFile = workspace.createCaseFile(CASE);
        Intake.Batch mentions = workspace.intake().batch(Intake.Filing.into(caseFile, List.of()));
        for (int i = 1; i <= MENTIONS; i++) {
            mentions.put(mention(i));
        }
        workspace.intake().file(mentions, Intake.ModelThread.CALLER);
        try {
            page.showView(LibraryView.ID);
            Tree library = robot.widgets(window.getShell(), Tree.class, Tree::isVisible).get(0);
            robot.waitUntil("the Library lists the case file", () -> Arrays.stream(library.getItems())
                    .anyMatch(i -> i.getText().equals(CASE + "  (6,500 items, 0 clips)")));
            TreeItem caseItem = robot.treeItem(library, t -> t.startsWith(CASE));
            TreeItem lastRange = robot.treeItem(library, t -> t.equals("[6,001 \u2026 6,500]"));
            assertEquals(List.of("[1 \u2026 1,000]", "[1,001 \u2026 2,000]", "[2,001 \u2026 3,000]",
                    "[3,001 \u2026 4,000]", "[4,001 \u2026 5,000]", "[5,001 \u2026 6,000]", "[6,001 \u2026 6,500]"),
                    Arrays.stream(caseItem.getItems()).map(TreeItem::getText).toList());
            robot.expand(lastRange);
            robot.waitUntil("the last range lists its 500 mentions by title", () -> lastRange.getItemCount() == 500
                    && lastRange.getItem(499).getText().equals(title(MENTIONS)));
            library.showItem(lastRange.getItem(0));
            robot.screenshot("library-large-case-file");

            robot.doubleClick(caseItem);
            robot.waitUntil("the case file editor opens", () -> page.getActiveEditor() instanceof CaseFileEditor);
            CaseFileEditor editor = (CaseFileEditor) page.getActiveEditor();
            robot.selectTab(window.getShell(), "Items");
            Table items = editor.itemsTable().viewer().getTable();
            String limitNotice = "Showing the first 1,000 of 6,500 rows: type in the filter to find the others, or click"
                    + " a column to sort them all.";
            robot.waitUntil("the Items page holds the first 1,000 and says so", () -> items.getItemCount() == 1_000
                    && !robot.widgets(window.getShell(), Label.class,
                            l -> l.isVisible() && l.getText().equals(limitNotice)).isEmpty());
            robot.waitUntil("the titles on screen are read", () -> items.getItem(0).getText(0).equals(title(1))
                    && items.getItem(5).getText(0).equals(title(6)));
            robot.screenshot("casefile-items-limited");

            editor.itemsTable().filter().setText("sourdough");
            robot.waitUntil("the filter finds the mention beyond the first 1,000", () -> items.getItemCount() == 1
                    && items.getItem(0).getText(0).equals(title(MENTIONS)));
            robot.waitUntil("and the notice goes", () -> robot.widgets(window.getShell(), Label.class,
                    l -> l.isVisible() && l.getText().equals(limitNotice)).isEmpty());
            robot.screenshot("casefile-items-filtered");

            Intake.Batch more = workspace.intake().batch(Intake.Filing.into(caseFile, List.of()));
            more.put(mention(MENTIONS + 1));
            workspace.intake().file(more, Intake.ModelThread.CALLER);
            session.changed();
            robot.waitUntil("the Library shows the mention filed since in the case file's last range", () -> Arrays
                    .stream(caseItem.getItems()).map(TreeItem::getText).toList().contains("[6,001 \u2026 6,501]")
                    && caseItem.getText().equals(CASE + "  (6,501 items, 0 clips)"));
        } finally {
            page.closeAllEditors(false);
            workspace.deleteCaseFile(caseFile);
        }
    }

    private static String title(int n) {
        return "Mention " + n + (n == MENTIONS ? " about sourdough" : " about the bakery");
    }

    private static Capture mention(int n) {
        String url = "https://social.example/@baker" + n % 40 + "/" + n;
        String text = title(n) + ": fresh bread at the corner shop this morning #bakery";
        return new Capture(ItemType.MENTION, url, url, title(n), "Baker " + n % 40, "baker" + n % 40, 120L,
                Instant.parse("2026-03-01T08:00:00Z").plusSeconds(n), Instant.now(), "en", "application/json",
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8), text);
    }
}
