package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.workspace.ArchiveException;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceImport;

/**
 * File &gt; New Workspace from Template...: a trainer's template archive (exported with "mark as template") becomes a
 * new, editable workspace in a new folder, checked and imported in a job; an archive not marked as a template is
 * refused.
 */
public final class NewFromTemplateHandler extends AbstractHandler {

    static final String TITLE = "New Workspace from Template";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        NewWorkspaceDialog dialog = new NewWorkspaceDialog(shell, TITLE, "A workspace from a trainer's template",
                "The template's case files, codebooks, saved searches, sources and captures, yours to change.", true,
                "dossier-course");
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path template = dialog.template();
        Path folder = dialog.folder();
        Display display = shell.getDisplay();
        Job job = Job.create("Creating a workspace from " + template.getFileName(), monitor -> {
            try {
                WorkspaceImport.Report report = new WorkspaceImport(template, folder, ArchiveLimits.DEFAULT)
                        .run(false, true, monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(),
                        NewWorkspaceDialog.MESSAGE_TITLE, String.format(
                        "Created a workspace with %s and %s in %s.%n%nTo work in it, start Dossier with -data %s",
                        count(report.caseFiles(), "case file"), count(report.items(), "item"), folder, folder)));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
                        NewWorkspaceDialog.MESSAGE_TITLE, e.getMessage()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot create a workspace from " + template + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
