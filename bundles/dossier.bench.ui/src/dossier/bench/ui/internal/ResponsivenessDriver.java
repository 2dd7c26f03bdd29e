package dossier.bench.ui.internal;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dossier.boards.Boards;
import dossier.boards.ui.BoardsUI;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.Reader;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Board;
import dossier.model.casefile.CaseFile;
import dossier.search.ui.SearchUI;
import dossier.store.AtomicFile;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.PutResult;

/**
 * Runs the main commands of the workbench the way a user's click or key runs them, on the UI thread, and measures
 * each: how long it kept the UI thread (returned), the longest event-loop stall until its result was shown, and when
 * it was shown. Runs them twice: the first pass loads classes and compiles code (its return times are reported
 * beside), the second is the one measured. Writes one tab-separated line per command, then closes the workbench.
 */
final class ResponsivenessDriver implements Runnable {

    private static final String LIBRARY_VIEW = "dossier.ui.libraryView";
    private static final String SOURCES_VIEW = "dossier.connector.ui.sourcesView";
    private static final String CROSS_REFERENCES_VIEW = "dossier.casefile.ui.crossReferencesView";
    private static final long SHOWN_TIMEOUT_MS = 300_000;
    private static final long SETTLE_MS = 1_500;
    private static final String BOARD = "Benchmark board";

    private final Path report;
    private final List<String> lines = new ArrayList<>();
    /**
     * Per command of the measured pass: the CPU time the whole process (every thread, the GC's too) took for it, the
     * UI thread's own CPU time, how long the garbage collector stopped the threads meanwhile, the UI thread's CPU time
     * in the command itself (until it returned; the rest is the event loop's: layout, painting, later runnables), and
     * when (UTC) it started and its settling ended, to find it in a profile (JFR, perf) of the run.
     */
    private final List<String> cpu = new ArrayList<>();
    /** 0 while warming up (classes loaded, code compiled), 1 for the pass reported as measured. */
    private int pass;
    private final Map<String, Double> firstReturned = new HashMap<>();
    private Display display;
    private Heartbeat heartbeat;

    ResponsivenessDriver(Path report) {
        this.report = report;
    }

    @Override
    public void run() {
        try {
            awaitWorkbench();
            heartbeat = new Heartbeat(display);
            Thread beating = new Thread(heartbeat, "Responsiveness heartbeat");
            beating.setDaemon(true);
            beating.start();
            runSteps();
            pass++;
            onUi(() -> page().closeAllEditors(false));
            runSteps();
        } catch (StepFailed e) {
            lines.add("failed\t" + e.step + "\t0\t0\t0\t" + e.getMessage().replace('\t', ' ').replace('\n', ' '));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.add("failed\tdriver\t0\t0\t0\tinterrupted");
        } finally {
            if (heartbeat != null) {
                heartbeat.stop();
            }
            try {
                if (heartbeat != null) {
                    AtomicFile.write(report.resolveSibling(report.getFileName() + ".stalls"),
                            (String.join("\n", heartbeat.stalls()) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                AtomicFile.write(report.resolveSibling(report.getFileName() + ".cpu"),
                        (String.join("\n", cpu) + "\n").getBytes(StandardCharsets.UTF_8));
                AtomicFile.write(report, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                System.err.println("dossier bench ui: cannot write " + report + ": " + e.getMessage());
            }
            if (display != null && !display.isDisposed()) {
                display.asyncExec(() -> PlatformUI.getWorkbench().close());
            }
        }
    }

    private void awaitWorkbench() throws InterruptedException {
        long deadline = System.currentTimeMillis() + SHOWN_TIMEOUT_MS;
        while (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getDisplay() == null) {
            pause(deadline, "the workbench did not start");
        }
        display = PlatformUI.getWorkbench().getDisplay();
        WorkspaceSession session = valueOnUi(() -> PlatformUI.getWorkbench().getService(WorkspaceSession.class));
        while (!onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                && session.workspace() != null)) {
            pause(deadline, "the workspace did not open: " + valueOnUi(session::failure));
        }
        Thread.sleep(SETTLE_MS);
    }

    private static void pause(long deadline, String failure) throws InterruptedException {
        if (System.currentTimeMillis() > deadline) {
            throw new StepFailed("start", failure);
        }
        Thread.sleep(50);
    }

    private void runSteps() throws InterruptedException {
        ResearchWorkspace workspace = valueOnUi(() -> PlatformUI.getWorkbench().getService(WorkspaceSession.class)
                .workspace());
        CaseFile inbox = workspace.caseFile(ResearchWorkspace.INBOX)
                .orElseThrow(() -> new StepFailed("start", "the workspace has no Inbox: not made by dossier bench ui"));
        CaseFile campaign = workspace.caseFile("Campaign 01")
                .orElseThrow(() -> new StepFailed("start", "the workspace has no 'Campaign 01' case file"));
        AtomicReference<TreeViewer> library = new AtomicReference<>();

        measure("Library: expand the Inbox", () -> {
            library.set((TreeViewer) showView(LIBRARY_VIEW).getSite().getSelectionProvider());
            library.get().expandToLevel(inbox, 1);
        }, () -> firstChild(library.get(), inbox).isPresent());

        TreeItem first = valueOnUi(() -> firstChild(library.get(), inbox).orElseThrow());
        if (onUi(() -> first.getItemCount() > 0)) {
            measure("Library: expand the Inbox's first range", () -> library.get().expandToLevel(first.getData(), 1),
                    () -> first.getExpanded() && first.getItemCount() > 0 && !first.getItem(0).getText().equals("..."));
        }

        measure("Library: open the Inbox case file", () -> {
            library.get().setSelection(new StructuredSelection(inbox), true);
            library.get().getControl().notifyListeners(SWT.DefaultSelection, new Event());
        }, () -> activeTitle().contains(ResearchWorkspace.INBOX));

        measure("Library: open a case file of 25 clips", () -> {
            library.get().setSelection(new StructuredSelection(campaign), true);
            library.get().getControl().notifyListeners(SWT.DefaultSelection, new Event());
        }, () -> activeTitle().contains(campaign.getTitle()));

        search("Search: a word (climate)", "climate");
        search("Search: hashtag and date range", "#energy published:[2005-01-01 TO 2008-12-31]");
        search("Search: a tag (tag:Tone)", "tag:Tone");
        search("Search: every item", "");

        measure("Search: open the first result in the reader", () -> {
            Tree results = results();
            results.setSelection(results.getItem(0));
            results.notifyListeners(SWT.DefaultSelection, new Event());
        }, () -> reader().filter(text -> text.getCharCount() > 0).isPresent());

        measure("Reader: clip a passage with a tag and a note", () -> {
            IEditorPart editor = page().getActiveEditor();
            StyledText text = reader().orElseThrow();
            String content = text.getText();
            try {
                workspace.clipAt(Reader.itemId(editor), content, 0, Math.min(40, content.length()), campaign,
                        List.of("Tone/Positive"), "clipped by dossier bench ui");
            } catch (Exception e) {
                throw new StepFailed("clip", e.toString());
            }
        }, () -> true);

        measure("Edit > Undo (the clip)", () -> execute("org.eclipse.ui.edit.undo"), () -> true);
        measure("Edit > Redo (the clip)", () -> execute("org.eclipse.ui.edit.redo"), () -> true);

        PutResult imported = importedMention(workspace);
        measure("File > Import: a mention into the Inbox", () -> {
            try {
                Intake.Batch batch = workspace.intake().batch(Intake.Filing.into((String) null, List.of()));
                batch.include(imported.id());
                workspace.intake().file(batch, Intake.ModelThread.CALLER);
            } catch (IOException e) {
                throw new StepFailed("import", e.toString());
            }
        }, () -> workspace.holds(inbox, imported.id()));

        Board board = valueOnUi(() -> board(workspace));
        measure("Board: open 8 panels, all computed", () -> {
            try {
                BoardsUI.open(page(), board);
            } catch (PartInitException e) {
                throw new StepFailed("board", e.toString());
            }
        }, () -> BoardsUI.isComputed(page().getActiveEditor()));

        showView("Show the Tags view", "dossier.tags.ui.tagsView");
        showView("Show the Sources view", SOURCES_VIEW);
        showView("Show the Cross-references view", CROSS_REFERENCES_VIEW);
        measure("Library: collapse the Inbox", () -> library.get().collapseToLevel(inbox, 0), () -> true);
    }

    /**
     * The benchmark's board of 8 panels, made on the first pass: volume of two hashtags' and a word's items, share of
     * voice, every item's volume, who matters among all mentions and among one hashtag's, a tag's in-tray, sources.
     */
    private static Board board(ResearchWorkspace workspace) {
        Boards boards = Boards.of(workspace);
        return boards.find(BOARD).orElseGet(() -> {
            Board made = boards.create(BOARD);
            boards.addPanel(made, "volume", "Energy", Map.of("series", "Energy = #energy"), 0, 0, 1, 1);
            boards.addPanel(made, "volume", "Climate", Map.of("series", "Climate = climate"), 1, 0, 1, 1);
            boards.addPanel(made, "share-of-voice", "Energy vs climate",
                    Map.of("series", "Energy = #energy\nClimate = #climate"), 2, 0, 1, 1);
            boards.addPanel(made, "volume", "Everything", Map.of(), 3, 0, 1, 1);
            boards.addPanel(made, "who-matters", "Who matters", Map.of(), 0, 1, 1, 1);
            boards.addPanel(made, "who-matters", "Who matters on #energy", Map.of("query", "#energy"), 1, 1, 1, 1);
            boards.addPanel(made, "in-tray", "Positive", Map.of("tag", "Tone/Positive"), 2, 1, 1, 1);
            boards.addPanel(made, "sources", "Sources", Map.of(), 3, 1, 1, 1);
            return made;
        });
    }

    /** Stores a new mention off the UI thread, as File > Import Files... does in its job before filing it. */
    private PutResult importedMention(ResearchWorkspace workspace) {
        String url = "https://generated.invalid/bench-ui/imported/" + System.currentTimeMillis();
        String text = "A mention imported while measuring, pass " + pass + " #bench";
        try {
            return workspace.store().put(new Capture(ItemType.MENTION, url, url, "Imported mention " + pass, null,
                    "bench_ui", null, Instant.now(), Instant.now(), "en", "text/plain",
                    text.getBytes(StandardCharsets.UTF_8), text));
        } catch (IOException e) {
            throw new StepFailed("import", e.toString());
        }
    }

    private void search(String name, String query) throws InterruptedException {
        measure(name, () -> {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            try {
                handlers().executeCommand(ParameterizedCommand.generateCommand(
                        commands.getCommand(SearchUI.SEARCH_COMMAND), Map.of(SearchUI.QUERY_PARAMETER, query)), null);
            } catch (Exception e) {
                throw new StepFailed(name, e.toString());
            }
        }, () -> !busy("Searching") && results().getItemCount() > 0);
    }

    private void showView(String name, String id) throws InterruptedException {
        measure(name, () -> showView(id), () -> true);
    }

    private static IViewPart showView(String id) {
        try {
            return page().showView(id);
        } catch (PartInitException e) {
            throw new StepFailed(id, e.toString());
        }
    }

    private static void execute(String commandId) {
        try {
            handlers().executeCommand(commandId, null);
        } catch (Exception e) {
            throw new StepFailed(commandId, e.toString());
        }
    }

    /** Runs a command on the UI thread and waits until {@code shown} holds there, then until the loop settles. */
    private void measure(String name, Runnable command, BooleanSupplier shown) throws InterruptedException {
        heartbeat.step(pass == 0 ? "(first run) " + name : name);
        heartbeat.takeLongestMillis();
        double cpuStart = processCpuMillis();
        double uiCpuStart = uiThreadCpuMillis();
        double gcStart = gcPauseMillis();
        Instant started = Instant.now();
        long start = System.nanoTime();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long[] ran = new long[2];
        double[] commandCpu = new double[2];
        display.syncExec(() -> {
            commandCpu[0] = uiThreadCpuMillis();
            ran[0] = System.nanoTime();
            try {
                command.run();
            } catch (RuntimeException e) {
                failure.set(e);
            }
            ran[1] = System.nanoTime();
            commandCpu[1] = uiThreadCpuMillis();
        });
        if (failure.get() != null) {
            throw new StepFailed(name, failure.get().toString());
        }
        long deadline = System.currentTimeMillis() + SHOWN_TIMEOUT_MS;
        while (!onUi(shown)) {
            if (System.currentTimeMillis() > deadline) {
                throw new StepFailed(name, "the result was not shown within " + SHOWN_TIMEOUT_MS / 1000 + " s");
            }
            Thread.sleep(10);
        }
        double shownMillis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = processCpuMillis() - cpuStart;
        double uiCpuMillis = uiThreadCpuMillis() - uiCpuStart;
        double gcMillis = gcPauseMillis() - gcStart;
        Thread.sleep(SETTLE_MS);
        double returned = (ran[1] - ran[0]) / 1e6;
        double stall = Math.max(returned, heartbeat.takeLongestMillis());
        if (pass == 0) {
            firstReturned.put(name, returned);
        } else {
            lines.add(String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f\t%.1f", name, returned, stall, shownMillis,
                    firstReturned.getOrDefault(name, Double.NaN)));
            cpu.add(String.format(Locale.ROOT, "%s\t%.0f\t%.0f\t%.0f\t%.1f\t%s\t%s", name, cpuMillis, uiCpuMillis,
                    gcMillis, commandCpu[1] - commandCpu[0], started, Instant.now()));
        }
    }

    /**
     * The CPU time this process has taken so far, every thread's (the garbage collector's and compiler's too), from
     * Linux's /proc/self/stat (in clock ticks, taken as 100 a second); NaN where there is none.
     */
    private static double processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command's name: state is field 3, utime and stime are fields 14 and 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The CPU time the UI thread has taken so far (its own work, whatever else the machine runs); NaN where none. */
    private double uiThreadCpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(display.getThread().getId()) : -1;
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }

    /**
     * How long the garbage collectors have stopped the application so far: their collections' time (G1's), or their
     * pauses' (ZGC's and Shenandoah's, not their concurrent cycles').
     */
    private static double gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(gc -> !gc.getName().contains("Cycles"))
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private <T> T valueOnUi(Supplier<T> value) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(value.get()));
        return result.get();
    }

    private boolean onUi(BooleanSupplier condition) {
        boolean[] result = new boolean[1];
        display.syncExec(() -> {
            try {
                result[0] = condition.getAsBoolean();
            } catch (RuntimeException e) {
                result[0] = false;
            }
        });
        return result[0];
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getService(IHandlerService.class);
    }

    private static String activeTitle() {
        IWorkbenchPart part = page().getActivePart();
        return part == null ? "" : part.getTitle();
    }

    private static boolean busy(String jobNamePrefix) {
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getName().startsWith(jobNamePrefix)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TreeItem> firstChild(TreeViewer viewer, Object parent) {
        for (TreeItem item : viewer.getTree().getItems()) {
            if (item.getData() == parent && item.getExpanded() && item.getItemCount() > 0
                    && item.getItem(0).getData() != null) {
                return Optional.of(item.getItem(0));
            }
        }
        return Optional.empty();
    }

    private static Tree results() {
        IViewPart view = page().findView(SearchUI.SEARCH_VIEW);
        return find(control(view), Tree.class, tree -> (tree.getStyle() & SWT.VIRTUAL) != 0)
                .orElseThrow(() -> new IllegalStateException("the Search view has no results tree"));
    }

    private static Optional<StyledText> reader() {
        IEditorPart editor = page().getActiveEditor();
        return Reader.itemId(editor) == null ? Optional.empty()
                : find(control(editor), StyledText.class, text -> text.isVisible());
    }

    private static Control control(IWorkbenchPart part) {
        return part == null ? null : (Control) part.getSite().getService(MPart.class).getWidget();
    }

    private static <T extends Control> Optional<T> find(Control control, Class<T> type, Predicate<T> matching) {
        if (control == null) {
            return Optional.empty();
        }
        if (type.isInstance(control) && matching.test(type.cast(control))) {
            return Optional.of(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<T> found = find(child, type, matching);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A command that failed or whose result never showed; names the command. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String step;

        StepFailed(String step, String message) {
            super(message);
            this.step = step;
        }
    }
}
