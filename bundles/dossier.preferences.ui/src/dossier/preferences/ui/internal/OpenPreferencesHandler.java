package dossier.preferences.ui.internal;

import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Sash;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Window &gt; Preferences...: the workbench's preference dialog, opened with a page tree wide enough for its longest
 * entry (JFace gives the tree a fixed 180 pixels, which cuts entries such as "Version Control (Team)").
 */
public final class OpenPreferencesHandler extends AbstractHandler {

    /** Room between the end of the longest entry and the tree's edge. */
    private static final int END_GAP = 8;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window == null ? null : window.getShell(),
                event.getParameter(IWorkbenchCommandConstants.WINDOW_PREFERENCES_PARM_PAGEID), null, null);
        fitTreeToLongestEntry(dialog);
        dialog.open();
        return null;
    }

    /** Widens the created dialog's page tree, and the dialog with it, until every entry shows whole. */
    static void fitTreeToLongestEntry(PreferenceDialog dialog) {
        Shell shell = dialog.getShell();
        TreeViewer viewer = dialog.getTreeViewer();
        Tree tree = viewer.getTree();
        Control treeArea = treeArea(shell, tree);
        if (treeArea == null || !(treeArea.getLayoutData() instanceof GridData layout)) {
            return;
        }
        shell.layout(true, true); // not laid out before it opens
        Object[] expanded = viewer.getExpandedElements();
        viewer.expandAll();
        int widest = widestEnd(tree.getItems());
        viewer.setExpandedElements(expanded);
        ScrollBar bar = tree.getVerticalBar();
        int scrollBar = bar == null || bar.isVisible() ? 0 : bar.getSize().x;
        int missing = widest + END_GAP + scrollBar - tree.getClientArea().width;
        if (missing <= 0) {
            return;
        }
        layout.widthHint = treeArea.getSize().x + missing;
        Rectangle room = shell.getMonitor().getClientArea();
        Rectangle bounds = shell.getBounds();
        int width = Math.min(Math.max(bounds.width, shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), room.width);
        shell.setBounds(Math.max(room.x, Math.min(bounds.x, room.x + room.width - width)), bounds.y, width,
                bounds.height);
        shell.layout(true, true);
    }

    /** The control beside the dialog's sash that holds the tree: the one whose width the sash changes. */
    private static Control treeArea(Shell shell, Tree tree) {
        for (Composite parent = tree.getParent(); parent != null && parent != shell; parent = parent.getParent()) {
            Control[] children = parent.getChildren();
            for (int i = 1; i < children.length; i++) {
                if (children[i] instanceof Sash && isOrHolds(children[i - 1], tree)) {
                    return children[i - 1];
                }
            }
        }
        return null;
    }

    private static boolean isOrHolds(Control control, Control inner) {
        for (Control c = inner; c != null; c = c.getParent()) {
            if (c == control) {
                return true;
            }
        }
        return false;
    }

    private static int widestEnd(TreeItem[] items) {
        return Arrays.stream(items).mapToInt(item -> {
            Rectangle bounds = item.getBounds();
            return Math.max(bounds.x + bounds.width, widestEnd(item.getItems()));
        }).max().orElse(0);
    }
}
