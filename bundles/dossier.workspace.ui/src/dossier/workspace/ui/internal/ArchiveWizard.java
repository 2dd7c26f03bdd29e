package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
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
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;

import dossier.workspace.ArchiveException;

/**
 * The shell of the Export and Import Workspace Archive (and REFI-QDA Project) wizards: one page of fields checked on every change; Finish runs
 * the work in a user job and shows how it went.
 *
 * @param <P> the wizard's page
 */
abstract class ArchiveWizard<P extends ArchiveWizard.FieldsPage> extends Wizard implements IWorkbenchWizard {

    /** The work Finish starts; it returns what to tell the user when it is done. */
    interface Work {
        String run(IProgressMonitor monitor) throws IOException, ArchiveException;
    }

    private final String title;
    final P page;

    ArchiveWizard(String title, P page) {
        this.title = title;
        this.page = page;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(title);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** The open workspace, or null with the page saying it is still opening. */
    ResearchWorkspace workspace() {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            page.setErrorMessage("The research workspace is still opening; try again in a moment.");
        }
        return workspace;
    }

    /**
     * Runs {@code work} in a user job; its message is shown when it is done, a refused archive in an error dialog and
     * an I/O failure in the job's status, each after {@code failure}.
     */
    void runInJob(String name, String failure, Work work) {
        Display display = getShell().getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                String done = work.run(monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), title, done));
                return Status.OK_STATUS;
            } catch (ArchiveException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), title,
                        failure + ": " + e.getMessage()));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(failure + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** A page of fields in a three-column grid, with an error message while they will not do. */
    abstract static class FieldsPage extends WizardPage {

        FieldsPage(String description) {
            this("Workspace Archive", description);
        }

        FieldsPage(String title, String description) {
            super("archive");
            setTitle(title);
            setDescription(description);
        }

        @Override
        public final void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            createFields(area);
            setControl(area);
            validate();
        }

        abstract void createFields(Composite area);

        /** Why the fields will not do, or null. */
        abstract String problem();

        final void validate() {
            String error = problem();
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        /** Why {@code path} cannot be written as a new file ({@code what} names it), or null. */
        static String saveFileProblem(Path path, String what) {
            if (path == null) {
                return "Choose the " + what + " to write.";
            } else if (Files.isDirectory(path)) {
                return path + " is a folder; choose a file name.";
            } else if (path.toAbsolutePath().getParent() == null
                    || !Files.isDirectory(path.toAbsolutePath().getParent())) {
                return "The folder of " + path + " does not exist.";
            }
            return null;
        }

        static Button check(Composite area, String label) {
            Button button = new Button(area, SWT.CHECK);
            button.setText(label);
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            return button;
        }
    }
}
