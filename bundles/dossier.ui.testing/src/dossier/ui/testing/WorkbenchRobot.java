package dossier.ui.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives the real workbench from its UI thread the way the Eclipse Platform's UI tests do: finds
 * widgets in the live widget tree, fires real SWT events, spins the event loop until a condition
 * holds. Method names follow SWTBot's, so a move to SWTBot would be mechanical.
 */
public final class WorkbenchRobot {

    private static final long DEFAULT_TIMEOUT_MS = 10_000;
    /** Three steps of three pixels pass GTK's drag threshold (8 pixels) while the button is held. */
    private static final int DRAG_THRESHOLD_STEPS = 3;
    private static final int DRAG_THRESHOLD_STEP_PX = 3;
    private static final int DRAG_TRAVEL_STEPS = 10;
    /** Painting has paused once no paint came for this long (GTK's transitions take about 200 ms). */
    private static final long PAINT_QUIET_MS = 100;
    private static final long PAINT_SETTLE_MAX_MS = 1_000;
    private static final long STEADY_MS = 1_000;

    private final Display display;
    private final List<Throwable> dialogFailures = new CopyOnWriteArrayList<>();

    public WorkbenchRobot() {
        display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("the robot runs on the UI thread (useUIThread=true)");
        }
    }

    /** Spins the event loop until the condition holds; fails with the description after the timeout. */
    public void waitUntil(String description, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + DEFAULT_TIMEOUT_MS + " ms waiting until " + description);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the sleeping loop to re-check the condition
                });
                display.sleep();
            }
        }
    }

    /** Processes every pending event. */
    public void flush() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Widgets of a type under a root, depth first, that match the predicate. */
    public <T extends Widget> List<T> widgets(Composite root, Class<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        collect(root, type, match, found);
        return found;
    }

    private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<T> match, List<T> found) {
        if (type.isInstance(control) && match.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, match, found);
            }
        }
    }

    /** The one label under a root whose text is exactly {@code text}. */
    public Label label(Composite root, String text) {
        List<Label> labels = widgets(root, Label.class, l -> text.equals(l.getText()));
        if (labels.size() != 1) {
            throw new AssertionError(labels.size() + " labels read '" + text + "'");
        }
        return labels.get(0);
    }

    /** The one button under a root whose label, without mnemonics, is {@code text}. */
    public Button button(Composite root, String text) {
        List<Button> buttons = widgets(root, Button.class, b -> text.equals(withoutMnemonic(b.getText())));
        if (buttons.size() != 1) {
            throw new AssertionError(buttons.size() + " buttons read '" + text + "'");
        }
        return buttons.get(0);
    }

    /** The menu item at a path of labels in a shell's menu bar, e.g. {@code "Window", "Preferences"}. */
    public MenuItem menu(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : path) {
            if (menu == null) {
                throw new AssertionError("'" + item.getText() + "' has no submenu, looking for " + Arrays.toString(path));
            }
            showMenu(menu);
            item = Arrays.stream(menu.getItems()).filter(i -> label.equals(withoutMnemonic(i.getText()))).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item '" + label + "' in " + labels(shell, path)));
            menu = item.getMenu();
        }
        return item;
    }

    private String labels(Shell shell, String[] path) {
        Menu bar = shell.getMenuBar();
        return Arrays.stream(bar.getItems()).map(MenuItem::getText).toList() + " (path " + Arrays.toString(path) + ")";
    }

    /** Lets dynamic contributions (JFace menu managers) fill a menu, as opening it would. */
    private void showMenu(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        flush();
    }

    /** Clicks: fires the selection event a user's click fires. */
    public void click(MenuItem item) {
        if (!item.isEnabled()) {
            throw new AssertionError("menu item '" + item.getText() + "' is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Clicks a button, toggling it first if it is a check box, as a user's click does. */
    public void click(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * Runs {@code handler} on the dialog titled {@code title} as soon as it opens. Call it before the
     * click that opens a modal dialog: the click returns only after the handler closed the dialog.
     * What fails in the handler closes the dialog and fails {@link #assertDialogsPassed()}.
     */
    public void whenShellOpens(String title, Consumer<Shell> handler) {
        long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT_MS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText()))
                    .findFirst().orElse(null);
            if (shell != null) {
                try {
                    handler.accept(shell);
                } catch (AssertionError | RuntimeException e) {
                    dialogFailures.add(e);
                    shell.close();
                    throw e;
                }
            } else if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            } else {
                Arrays.stream(display.getShells()).filter(s -> s.getParent() != null).forEach(Shell::close);
                throw new AssertionError("no shell titled '" + title + "' opened");
            }
        };
        display.timerExec(50, poll[0]);
    }

    /**
     * Fails with the first failure of a {@link #whenShellOpens} handler: thrown in the event loop, it does not
     * reach the test by itself.
     */
    public void assertDialogsPassed() {
        if (!dialogFailures.isEmpty()) {
            throw new AssertionError("in a dialog: " + dialogFailures.get(0).getMessage(), dialogFailures.get(0));
        }
    }

    /** The first tree item, at any depth, whose text matches; collapsed items are expanded as a user would. */
    public TreeItem treeItem(Tree tree, Predicate<String> text) {
        for (TreeItem item : tree.getItems()) {
            TreeItem found = treeItem(tree, item, text);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no tree item matches; top level: "
                + Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
    }

    /** True if the tree has an item with this text, expanding its branches as a user would. */
    public boolean hasTreeItem(Tree tree, String text) {
        try {
            treeItem(tree, text::equals);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Waits until the count has not changed for a second: what a change set off in the background has been done. */
    public void waitUntilSteady(String what, IntSupplier count) {
        int[] last = { -1 };
        long[] since = { 0 };
        waitUntil(what, () -> {
            long now = System.currentTimeMillis();
            int current = count.getAsInt();
            if (current != last[0]) {
                last[0] = current;
                since[0] = now;
            }
            return now - since[0] > STEADY_MS;
        });
    }

    private TreeItem treeItem(Tree tree, TreeItem item, Predicate<String> text) {
        if (text.test(item.getText())) {
            return item;
        }
        expand(item);
        for (TreeItem child : item.getItems()) {
            TreeItem found = treeItem(tree, child, text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Selects the first visible tab (of a multi-page editor, say) whose text starts with {@code prefix}. */
    public void selectTab(Composite root, String prefix) {
        for (CTabFolder folder : widgets(root, CTabFolder.class, CTabFolder::isVisible)) {
            for (CTabItem item : folder.getItems()) {
                if (item.getText().startsWith(prefix) && item.getControl() != null) {
                    folder.setSelection(item);
                    Event event = new Event();
                    event.item = item;
                    folder.notifyListeners(SWT.Selection, event);
                    flush();
                    return;
                }
            }
        }
        throw new AssertionError("no tab " + prefix);
    }

    /** Expands a tree item as a click on its arrow does (its children are made then). */
    public void expand(TreeItem item) {
        if (item.getItemCount() > 0 && !item.getExpanded()) {
            Event expand = new Event();
            expand.item = item;
            item.getParent().notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            flush();
        }
    }

    /** Double-clicks a tree item: selects it and fires the default selection a double click fires. */
    public void doubleClick(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        Event selection = new Event();
        selection.item = item;
        tree.notifyListeners(SWT.Selection, selection);
        Event open = new Event();
        open.item = item;
        tree.notifyListeners(SWT.DefaultSelection, open);
        flush();
    }

    /**
     * Drags with the real pointer, as a user does: rests on {@code fromPoint} of {@code from}, presses the left
     * button, moves a few pixels (past the drag threshold), travels in small steps to {@code toPoint} of {@code to},
     * hovers there and releases. The X server makes the events (XTEST, through {@code xdotool}), so GTK starts a real
     * drag and SWT's drag sources and drop targets see what a user's drag makes them see; the event loop runs all
     * along, and a dialog the drop opens can be handled with {@link #whenShellOpens}. Points are in the controls'
     * own coordinates.
     */
    public void drag(Control from, Point fromPoint, Control to, Point toPoint) {
        Point start = from.toDisplay(fromPoint);
        Point end = to.toDisplay(toPoint);
        List<String> command = new ArrayList<>(List.of("xdotool"));
        pointer(command, start, 0.3);
        command.addAll(List.of("mousedown", "1", "sleep", "0.2"));
        int direction = end.x >= start.x ? 1 : -1;
        for (int step = 1; step <= DRAG_THRESHOLD_STEPS; step++) {
            pointer(command, new Point(start.x + direction * DRAG_THRESHOLD_STEP_PX * step, start.y), 0.05);
        }
        Point leaving = new Point(start.x + direction * DRAG_THRESHOLD_STEP_PX * DRAG_THRESHOLD_STEPS, start.y);
        for (int step = 1; step <= DRAG_TRAVEL_STEPS; step++) {
            pointer(command, new Point(leaving.x + (end.x - leaving.x) * step / DRAG_TRAVEL_STEPS,
                    leaving.y + (end.y - leaving.y) * step / DRAG_TRAVEL_STEPS), 0.05);
        }
        pointer(command, new Point(end.x + 1, end.y), 0.3);
        pointer(command, end, 0.3);
        command.addAll(List.of("mouseup", "1"));
        Process xdotool;
        try {
            xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("a real drag needs xdotool (apt-get install xdotool): " + e.getMessage(), e);
        }
        waitUntil("xdotool has dragged from " + start + " to " + end, () -> !xdotool.isAlive());
        flush();
        if (xdotool.exitValue() != 0) {
            String output;
            try {
                output = new String(xdotool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                output = e.getMessage();
            }
            throw new AssertionError("xdotool failed (" + xdotool.exitValue() + "): " + output.strip());
        }
    }

    /**
     * Clicks with the real pointer (left button, through {@code xdotool} as {@link #drag} does) at a point of a
     * control, in its own coordinates, after resting there (so hover effects and tooltips happen as for a user).
     */
    public void click(Control control, Point point) {
        Point at = control.toDisplay(point);
        List<String> command = new ArrayList<>(List.of("xdotool"));
        pointer(command, at, 0.3);
        command.addAll(List.of("click", "1"));
        Process xdotool;
        try {
            xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("a real click needs xdotool (apt-get install xdotool): " + e.getMessage(), e);
        }
        waitUntil("xdotool has clicked at " + at, () -> !xdotool.isAlive());
        flush();
    }

    /** The centre of a widget's bounds, e.g. of a table cell, to drag from or drop on. */
    public static Point centreOf(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    private static void pointer(List<String> command, Point at, double restSeconds) {
        command.addAll(List.of("mousemove", Integer.toString(at.x), Integer.toString(at.y), "sleep",
                Double.toString(restSeconds)));
    }

    /**
     * Redraws every visible shell and spins the event loop until each has painted and painting has paused. GTK paints
     * on its frame clock, a little after the events that changed a widget have been processed, and animates some
     * changes (a button enabled fades in), so what {@link #flush} leaves on the screen can still be the window as it
     * was. Painting that never pauses (a busy progress bar) is waited for at most {@value #PAINT_SETTLE_MAX_MS} ms.
     */
    public void waitForPaint() {
        List<Shell> shells = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && !s.getBounds().isEmpty()
                && s.getBounds().intersects(display.getBounds())).toList();
        Set<Shell> painted = new HashSet<>();
        long[] lastPaint = new long[1];
        Listener onPaint = event -> {
            if (event.widget instanceof Control control && !control.isDisposed()) {
                painted.add(control.getShell());
                lastPaint[0] = System.currentTimeMillis();
            }
        };
        display.addFilter(SWT.Paint, onPaint);
        try {
            flush();
            painted.clear();
            for (Shell shell : shells) {
                Rectangle area = shell.getClientArea();
                shell.redraw(area.x, area.y, area.width, area.height, true);
            }
            waitUntil("the shells " + shells.stream().map(Shell::getText).toList() + " have painted",
                    () -> shells.stream().allMatch(s -> s.isDisposed() || painted.contains(s)));
            long settled = System.currentTimeMillis() + PAINT_SETTLE_MAX_MS;
            while (System.currentTimeMillis() - lastPaint[0] < PAINT_QUIET_MS && System.currentTimeMillis() < settled) {
                if (!display.readAndDispatch()) {
                    display.timerExec(10, () -> {
                        // wakes the sleeping loop to look at the time again
                    });
                    display.sleep();
                }
            }
        } finally {
            display.removeFilter(SWT.Paint, onPaint);
        }
        flush();
    }

    /**
     * What the screen shows now within a control's bounds, or a shell's client area (call {@link #waitForPaint}
     * first), to compare pixels.
     */
    public ImageData capture(Control control) {
        Rectangle bounds = control instanceof Shell shell ? display.map(shell, null, shell.getClientArea())
                : display.map(control.getParent(), null, control.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Saves what the screen shows, once every visible shell has painted, as a PNG for a person to look at. */
    public Path screenshot(String name) throws IOException {
        waitForPaint();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Files.createDirectories(Path.of(System.getProperty("dossier.screenshots", "screenshots")));
            Path file = folder.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file.toAbsolutePath();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static String withoutMnemonic(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }
}
