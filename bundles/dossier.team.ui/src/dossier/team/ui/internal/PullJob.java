package dossier.team.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.UiModelThread;
import dossier.model.casefile.CaseFile;
import dossier.team.TeamCollection;
import dossier.team.TeamException;

/**
 * Copies results of the team collection into a case file the user picks, in a job (each capture with its provenance
 * and who published it: {@link TeamCollection#pull}); the model changes on the UI thread.
 */
final class PullJob extends Job {

    static final String DIALOG_TITLE = "Pull into Case File";

    private final ResearchWorkspace workspace;
    private final List<String> ids;
    private final CaseFile caseFile;
    private final IWorkbenchPartSite site;
    private final Display display;

    private PullJob(IWorkbenchPartSite site, ResearchWorkspace workspace, List<String> ids, CaseFile caseFile) {
        super(String.format(Locale.ROOT, "Pulling %d item%s from the team collection into '%s'", ids.size(),
                ids.size() == 1 ? "" : "s", caseFile.getTitle()));
        this.site = site;
        this.workspace = workspace;
        this.ids = List.copyOf(ids);
        this.caseFile = caseFile;
        this.display = site.getShell().getDisplay();
    }

    /** Asks which case file the results go into, then pulls them. */
    static void ask(IWorkbenchPartSite site, ResearchWorkspace workspace, List<String> ids) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(site.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CaseFile) element).getTitle();
            }
        });
        dialog.setTitle(DIALOG_TITLE);
        dialog.setMessage(String.format(Locale.ROOT, "Case file for the %d item%s (each comes with its original,"
                + " tags and a note saying who published it):", ids.size(), ids.size() == 1 ? "" : "s"));
        dialog.setElements(workspace.caseFiles().toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof CaseFile chosen) {
            new PullJob(site, workspace, ids, chosen).schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), ids.size());
        int pulled = 0;
        try {
            TeamCollection team = workspace.service(TeamCollection.class);
            for (String id : ids) {
                if (progress.isCanceled()) {
                    break;
                }
                team.pull(id, caseFile.getId(), new UiModelThread(display));
                pulled++;
                progress.worked(1);
            }
            report(String.format(Locale.ROOT, "Pulled %d item%s from the team collection into '%s'", pulled,
                    pulled == 1 ? "" : "s", caseFile.getTitle()));
            return pulled < ids.size() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (TeamException | java.io.IOException e) {
            return Status.error(String.format(Locale.ROOT, "Pulled %d of %d items: %s", pulled, ids.size(),
                    e.getMessage()), e);
        }
    }

    private void report(String message) {
        if (site instanceof IViewSite view) {
            display.asyncExec(() -> view.getActionBars().getStatusLineManager().setMessage(message));
        }
    }
}
