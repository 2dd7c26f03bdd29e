package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dossier.workspace.ArchiveException;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceImport;

/**
 * File &gt; Import... &gt; Workspace Archive: a .dossier archive into a new workspace folder, in a job; every entry
 * is checked before anything is written, and a refusal is shown in one line.
 */
public final class ImportArchiveWizard extends Wizard implements IImportWizard {

    static final String TITLE = "Import Workspace Archive";
    private Page page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(TITLE);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path archive = page.archive.path();
        Path folder = page.folder.path();
        boolean training = page.training.getSelection();
        Display display = getShell().getDisplay();
        Job job = Job.create("Importing " + archive.getFileName(), monitor -> {
            try {
                WorkspaceImport.Report report = new WorkspaceImport(archive, folder, ArchiveLimits.DEFAULT)
                        .run(training, false, monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), TITLE, "Imported "
                        + report.caseFiles() + " case files and " + report.items() + " items into " + folder
                        + (training ? " in training mode" : "") + "; " + report.index() + ".\n\nTo work in it, start"
                        + " Dossier with -data " + folder));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), TITLE,
                        "Cannot import " + archive.getFileName() + ": " + e.getMessage()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot import " + archive + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    private static final class Page extends WizardPage {
        FileField archive;
        FileField folder;
        Button training;

        Page() {
            super("archive");
            setTitle("Workspace Archive");
            setDescription("Every entry is checked (names, links, sizes, SHA-256) before anything is written.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            archive = new FileField(area, "Archive file:", FileField.Kind.OPEN_FILE, "", this::validate);
            folder = new FileField(area, "New workspace folder:", FileField.Kind.FOLDER, "", this::validate);
            training = new Button(area, SWT.CHECK);
            training.setText("Training mode: the trainer's case files and codebooks are read-only");
            training.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            setControl(area);
            validate();
        }

        private void validate() {
            Path file = archive.path();
            Path target = folder.path();
            String error = null;
            if (file == null || !Files.isRegularFile(file)) {
                error = file == null ? "Choose the .dossier archive." : "There is no file " + file + ".";
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
            setPageComplete(error == null);
        }
    }
}
