package dossier.bench.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Posts a no-op to the UI thread every few milliseconds and records how late it ran: the longest wait is the longest
 * time the event loop was kept from its queue. While a beat is late it samples the UI thread's stack, so a stall can
 * be traced to the code that caused it.
 */
final class Heartbeat implements Runnable {

    private static final long PERIOD_MS = 5;
    private static final long SAMPLE_AFTER_MS = 50;
    private static final int FRAMES_KEPT = 12;

    private final Display display;
    private volatile boolean running = true;
    /** The command being measured, named in the samples taken while it runs. */
    private volatile String step = "start";
    private long longestNanos;
    private final Map<String, Integer> stalledIn = new HashMap<>();

    Heartbeat(Display display) {
        this.display = display;
    }

    @Override
    public void run() {
        Semaphore ran = new Semaphore(0);
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            try {
                display.asyncExec(ran::release);
                while (!ran.tryAcquire(SAMPLE_AFTER_MS, TimeUnit.MILLISECONDS)) {
                    if (!running || display.isDisposed()) {
                        return;
                    }
                    sample(display.getThread().getStackTrace());
                }
                record(System.nanoTime() - posted);
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException | SWTException e) {
                return;
            }
        }
    }

    private synchronized void sample(StackTraceElement[] stack) {
        StringBuilder where = new StringBuilder();
        int kept = 0;
        for (StackTraceElement frame : stack) {
            if (kept > 0 || frame.getClassName().startsWith("dossier.")) {
                where.append(kept == 0 ? "" : " < ").append(frame.getClassName().replaceAll(".*\\.", "")).append('.')
                        .append(frame.getMethodName());
                if (++kept == FRAMES_KEPT) {
                    break;
                }
            }
        }
        String top = stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
        stalledIn.merge(step + " | " + top + " | " + (kept == 0 ? "(no Dossier frame)" : where), 1, Integer::sum);
    }

    /** Names the command measured from now on in the samples. */
    void step(String name) {
        step = name;
    }

    /**
     * Where the UI thread was while beats were late, most often first: the number of samples, the command measured,
     * the top frame and Dossier's frames.
     */
    synchronized List<String> stalls() {
        return stalledIn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + "\t" + e.getKey()).toList();
    }

    private synchronized void record(long nanos) {
        longestNanos = Math.max(longestNanos, nanos);
    }

    /** The longest wait since the last call, in milliseconds; starts a new period. */
    synchronized double takeLongestMillis() {
        double longest = longestNanos / 1e6;
        longestNanos = 0;
        return longest;
    }

    void stop() {
        running = false;
    }
}
