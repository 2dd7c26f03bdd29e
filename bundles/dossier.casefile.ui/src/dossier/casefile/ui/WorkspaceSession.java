package dossier.casefile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;

import dossier.casefile.PendingSave;
import dossier.casefile.ResearchWorkspace;
import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;

/**
 * The workbench's research workspace: opened once in a job, changed on the UI thread through the
 * editing domain's command stack, and saved by a job shortly after every change (serialized and
 * written off the UI thread, under the model's read lock). A workbench service: one per workbench, created by
 * {@link WorkspaceSessionFactory} when first looked up ({@code getSite().getService(WorkspaceSession.class)},
 * {@code PlatformUI.getWorkbench().getService(WorkspaceSession.class)}; look it up on the UI thread), closed at the
 * workbench's shutdown.
 */
public final class WorkspaceSession {

    public static final String PLUGIN_ID = "dossier.casefile.ui";
    private static final long SAVE_DELAY_MS = 300;

    private final Display display;
    private final List<Consumer<ResearchWorkspace>> waiting = new ArrayList<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final Job saveJob;
    private volatile ResearchWorkspace workspace;
    private String failure;

    private WorkspaceSession(Display display) {
        this.display = display;
        this.saveJob = Job.create("Saving the workspace", this::writePending);
        saveJob.setSystem(true);
    }

    /** Starts opening the workspace of {@code workbench} in a job; closes it at the workbench's shutdown. */
    static WorkspaceSession open(IWorkbench workbench) {
        WorkspaceSession session = new WorkspaceSession(workbench.getDisplay());
        session.start(workbench);
        return session;
    }

    private void start(IWorkbench workbench) {
        Job opening = Job.create("Opening the research workspace", monitor -> {
            try {
                Path folder = WorkspaceAccess.folder(Platform.getInstanceLocation());
                ResearchWorkspace opened = ResearchWorkspace.open(folder);
                opened.indexMembership();
                for (String problem : opened.problems()) {
                    ILog.of(WorkspaceSession.class).warn(problem);
                }
                display.asyncExec(() -> ready(opened));
                return Status.OK_STATUS;
            } catch (IOException | WorkspaceUnavailableException | RuntimeException e) {
                failure = e.getMessage();
                display.asyncExec(() -> changeListeners.forEach(Runnable::run));
                return Status.error("Cannot open the research workspace: " + e.getMessage(), e);
            }
        });
        opening.setUser(false);
        opening.schedule();
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                close();
            }
        });
    }

    private void ready(ResearchWorkspace opened) {
        workspace = opened;
        workspace.editingDomain().getCommandStack().addCommandStackListener(event -> {
            changeListeners.forEach(Runnable::run);
            saveSoon();
        });
        List<Consumer<ResearchWorkspace>> callbacks = List.copyOf(waiting);
        waiting.clear();
        callbacks.forEach(callback -> callback.accept(opened));
    }

    /** Runs {@code action} on the UI thread once the workspace is open (now, if it is). */
    public void whenOpen(Consumer<ResearchWorkspace> action) {
        if (workspace != null) {
            action.accept(workspace);
        } else {
            waiting.add(action);
        }
    }

    /** The workspace, or null while it is opening. */
    public ResearchWorkspace workspace() {
        return workspace;
    }

    /** Why the workspace could not be opened, or null. */
    public String failure() {
        return failure;
    }

    /** What a view says while there is no workspace: that it is opening, or why it could not be opened. */
    public String notOpenMessage() {
        return failure == null ? "Opening the workspace..."
                : "The workspace could not be opened: " + failure + "\n\nThe Error Log has the details.";
    }

    public CommandStack commands() {
        return workspace == null ? null : workspace.editingDomain().getCommandStack();
    }

    /** Runs {@code listener} on the UI thread after every change to the workspace, undo and redo included. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Tells listeners of a change that did not go through the command stack (captures added). */
    public void changed() {
        changeListeners.forEach(Runnable::run);
        saveSoon();
    }

    /**
     * Saves what is pending now and returns once it is written; called off the UI thread (work that reached the
     * workspace from elsewhere is on disk before its caller is answered).
     */
    public void saveNow() throws InterruptedException {
        saveJob.schedule();
        saveJob.join();
    }

    private void saveSoon() {
        saveJob.schedule(SAVE_DELAY_MS);
    }

    /**
     * Runs in the save job: serializes the changed files under the model's read lock (a command waits meanwhile, so a
     * case file of a million items is never serialized on the UI thread), then writes them.
     */
    private IStatus writePending(IProgressMonitor monitor) {
        ResearchWorkspace opened = workspace;
        if (opened == null) {
            return Status.OK_STATUS;
        }
        PendingSave save;
        try {
            save = opened.readModel(() -> {
                try {
                    return opened.prepareSave();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            ILog.of(WorkspaceSession.class).error("Cannot prepare the workspace's save", e.getCause());
            return Status.OK_STATUS;
        }
        try {
            save.write();
            return Status.OK_STATUS;
        } catch (IOException e) {
            display.asyncExec(() -> save.changes().forEach(change -> change.markUnsaved().run()));
            return Status.error(e.getMessage(), e);
        }
    }

    /** Saves what is pending and closes the workspace (at workbench shutdown). */
    private void close() {
        if (workspace == null) {
            return;
        }
        saveJob.cancel();
        while (saveJob.getState() == Job.RUNNING) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
        try {
            workspace.save();
            workspace.close();
        } catch (IOException e) {
            ILog.of(WorkspaceSession.class).error("Cannot save the workspace at exit", e);
        }
    }
}
