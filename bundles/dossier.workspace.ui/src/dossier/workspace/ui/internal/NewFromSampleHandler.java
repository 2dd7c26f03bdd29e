package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.workspace.ArchiveException;
import dossier.workspace.SampleWorkspace;
import dossier.workspace.WorkspaceImport;

/** File &gt; New Workspace from Sample...: asks for a new folder and builds the sample workspace there in a job. */
public final class NewFromSampleHandler extends AbstractHandler {

    static final String TITLE = "New Workspace from Sample";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FolderDialog dialog = new FolderDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path folder = dialog.folder;
        Display display = shell.getDisplay();
        Job job = Job.create("Creating the sample workspace in " + folder, monitor -> {
            try {
                SampleWorkspace.create(folder, monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), TITLE,
                        "Created the sample workspace in " + folder + ": the social-sharing playbook codebook and an"
                                + " example case file.\n\nTo work in it, start Dossier with -data " + folder));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), TITLE, e.getMessage()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot create the sample workspace in " + folder + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /** Asks for the new workspace's folder. */
    private static final class FolderDialog extends TitleAreaDialog {
        private FileField field;
        private Path folder;

        FolderDialog(Shell parent) {
            super(parent);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(TITLE);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle("The social-sharing playbook");
            setMessage("A codebook (four buckets of sharing, three stages) and an example case file, in a new folder.");
            Composite fields = new Composite(area, SWT.NONE);
            fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            fields.setLayout(new GridLayout(3, false));
            field = new FileField(fields, "Folder:", FileField.Kind.FOLDER,
                    Path.of(System.getProperty("user.home"), "dossier-sample").toString(), this::validate);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, "Create", true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            validate();
        }

        private void validate() {
            Path path = field.path();
            String error = path == null ? "Choose a folder." : null;
            if (path != null) {
                try {
                    WorkspaceImport.checkTarget(path.toAbsolutePath().normalize());
                } catch (ArchiveException e) {
                    error = e.getMessage();
                }
            }
            setErrorMessage(error);
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(error == null);
            }
        }

        @Override
        protected void okPressed() {
            folder = field.path();
            super.okPressed();
        }
    }
}
