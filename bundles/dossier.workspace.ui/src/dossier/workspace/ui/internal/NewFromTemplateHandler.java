package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
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
        TemplateDialog dialog = new TemplateDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Path template = dialog.template;
        Path folder = dialog.folder;
        Display display = shell.getDisplay();
        Job job = Job.create("Creating a workspace from " + template.getFileName(), monitor -> {
            try {
                WorkspaceImport.Report report = new WorkspaceImport(template, folder, ArchiveLimits.DEFAULT)
                        .run(false, true, monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), TITLE, String.format(
                        "Created a workspace with %s and %s in %s.%n%nTo work in it, start Dossier with -data %s",
                        count(report.caseFiles(), "case file"), count(report.items(), "item"), folder, folder)));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), TITLE, e.getMessage()));
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

    /** Asks for the template archive and the new workspace's folder. */
    private static final class TemplateDialog extends TitleAreaDialog {
        private FileField templateField;
        private FileField folderField;
        private Path template;
        private Path folder;

        TemplateDialog(Shell parent) {
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
            setTitle("A workspace from a trainer's template");
            setMessage("The template's case files, codebooks, saved searches, sources and captures, yours to change.");
            Composite fields = new Composite(area, SWT.NONE);
            fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            fields.setLayout(new GridLayout(3, false));
            templateField = new FileField(fields, "Template:", FileField.Kind.OPEN_FILE, "", this::validate);
            folderField = new FileField(fields, "Folder:", FileField.Kind.FOLDER,
                    Path.of(System.getProperty("user.home"), "dossier-course").toString(), this::validate);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, "Create", true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            validate();
        }

        private void validate() {
            Path archive = templateField.path();
            Path target = folderField.path();
            String error = null;
            if (archive == null || !Files.isRegularFile(archive)) {
                error = "Choose the template (a .dossier file).";
            } else if (target == null) {
                error = "Choose a folder for the new workspace.";
            } else {
                try {
                    WorkspaceImport.checkTarget(target.toAbsolutePath().normalize());
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
            template = templateField.path();
            folder = folderField.path();
            super.okPressed();
        }
    }
}
