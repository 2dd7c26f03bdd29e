package dossier.casefile;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workspace this process holds open for work that comes from elsewhere (commands forwarded to the workbench or to
 * {@code dossier serve}, captures from the browser): the one open instance, the thread its model changes on, and
 * what the holder does after each such piece of work (show it, save it) before the caller is answered. A folder held
 * here is never opened a second time in this process.
 */
public final class HeldWorkspace {

    private static final Map<Path, HeldWorkspace> HELD = new ConcurrentHashMap<>();

    private final ResearchWorkspace workspace;
    private final Intake.ModelThread modelThread;
    private final Runnable afterWork;

    private HeldWorkspace(ResearchWorkspace workspace, Intake.ModelThread modelThread, Runnable afterWork) {
        this.workspace = workspace;
        this.modelThread = modelThread;
        this.afterWork = afterWork;
    }

    /**
     * Holds {@code workspace} for work from elsewhere until {@link #release()}.
     *
     * @param afterWork run after each piece of work on the thread that did it (not the model thread; it hands what
     *        must change the model to the model thread), and returning once what the work changed is saved
     */
    public static HeldWorkspace hold(ResearchWorkspace workspace, Intake.ModelThread modelThread, Runnable afterWork) {
        HeldWorkspace held = new HeldWorkspace(workspace, modelThread, afterWork);
        if (HELD.putIfAbsent(key(workspace.folder()), held) != null) {
            throw new IllegalStateException("workspace " + workspace.folder() + " is already held in this process");
        }
        return held;
    }

    /** The holder of {@code folder} in this process, if any. */
    public static Optional<HeldWorkspace> of(Path folder) {
        return Optional.ofNullable(HELD.get(key(folder)));
    }

    public void release() {
        HELD.remove(key(workspace.folder()), this);
    }

    public ResearchWorkspace workspace() {
        return workspace;
    }

    public Intake.ModelThread modelThread() {
        return modelThread;
    }

    /** Tells the holder that a piece of work (a command, a capture) has ended: it shows and saves what changed. */
    public void workDone() {
        afterWork.run();
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
