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
import dossier.workspace.SampleWorkspace;

/** File &gt; New Workspace from Sample...: asks for a new folder and builds the sample workspace there in a job. */
public final class NewFromSampleHandler extends AbstractHandler {

    static final String TITLE = "New Workspace from Sample";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        NewWorkspaceDialog dialog = new NewWorkspaceDialog(shell, TITLE, "The social-sharing playbook",
                "A codebook (four buckets of sharing, three stages) and an example case file, in a new folder.", false,
                "dossier-sample");
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path folder = dialog.folder();
        Display display = shell.getDisplay();
        Job job = Job.create("Creating the sample workspace in " + folder, monitor -> {
            try {
                SampleWorkspace.create(folder, monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(),
                        NewWorkspaceDialog.MESSAGE_TITLE,
                        "Created the sample workspace in " + folder + ": the social-sharing playbook codebook and an"
                                + " example case file.\n\nTo work in it, start Dossier with -data " + folder));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
                        NewWorkspaceDialog.MESSAGE_TITLE, e.getMessage()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot create the sample workspace in " + folder + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
