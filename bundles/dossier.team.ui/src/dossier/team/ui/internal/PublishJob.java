package dossier.team.ui.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;

import dossier.casefile.ResearchWorkspace;
import dossier.team.PublishReport;
import dossier.team.TeamCollection;
import dossier.team.TeamException;

/**
 * Publishes case files, sources or saved searches to the team collection, with progress and cancel; what it did
 * (sent, waiting in the outbox and why) is said in the status line of the view it was started from.
 */
final class PublishJob extends Job {

    /** Something to publish: what the report calls it, and how its items are found. */
    record Part(String label, Items items) {
    }

    interface Items {
        List<String> of(ResearchWorkspace workspace) throws TeamException, IOException;
    }

    private final ResearchWorkspace workspace;
    private final List<Part> parts;
    private final IStatusLineManager statusLine;
    private final Display display;
    private final String what;

    PublishJob(ResearchWorkspace workspace, List<Part> parts, IStatusLineManager statusLine, Display display) {
        super("Publishing " + (parts.size() == 1 ? parts.get(0).label() : parts.size() + " selections")
                + " to the team collection");
        this.workspace = workspace;
        this.parts = List.copyOf(parts);
        this.statusLine = statusLine;
        this.display = display;
        this.what = parts.size() == 1 ? parts.get(0).label() : parts.size() + " selections";
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (Part part : parts) {
                ids.addAll(part.items().of(workspace));
            }
            progress.worked(1);
            PublishReport report = workspace.service(TeamCollection.class).publish(List.copyOf(ids), progress.split(9));
            String message = String.format(Locale.ROOT, "Published %s: %,d item%s, %,d new or changed, %,d sent,"
                    + " %,d waiting", what, report.selected(), report.selected() == 1 ? "" : "s", report.queued(),
                    report.sent(), report.waiting());
            if (report.problem() != null) { // the whole reason in the Error Log, the gist in the status line
                ILog.of(getClass()).log(Status.warning(message + ": " + report.problem()
                        + "; they go with the next publish"));
                message += ": the team collection cannot be reached";
            }
            report(message, report.problem() != null);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            report("Publishing " + what + " was cancelled: what was queued waits in the outbox", true);
            return Status.CANCEL_STATUS;
        } catch (TeamException | IOException e) {
            return Status.error("Cannot publish " + what + ": " + e.getMessage(), e);
        }
    }

    private void report(String message, boolean warning) {
        if (statusLine != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (warning) {
                    statusLine.setErrorMessage(message);
                } else {
                    statusLine.setErrorMessage(null);
                    statusLine.setMessage(message);
                }
            });
        }
    }
}
