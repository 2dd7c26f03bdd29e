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
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.workspace.ArchiveManifest;
import dossier.workspace.WorkspaceArchive;

/** File &gt; Export... &gt; Workspace Archive: the open workspace as a .dossier archive, written in a job. */
public final class ExportArchiveWizard extends Wizard implements IExportWizard {

    static final String TITLE = "Export Workspace Archive";
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
        ResearchWorkspace workspace = WorkspaceSession.get().workspace();
        if (workspace == null) {
            page.setErrorMessage("The research workspace is still opening; try again in a moment.");
            return false;
        }
        Path archive = page.archive.path();
        boolean withIndex = page.withIndex.getSelection();
        boolean template = page.template.getSelection();
        WorkspaceArchive.ModelSnapshot model;
        try {
            model = WorkspaceArchive.snapshotModel(workspace);
        } catch (IOException e) {
            page.setErrorMessage("Cannot read the workspace's model: " + e.getMessage());
            return false;
        }
        Display display = getShell().getDisplay();
        Job job = Job.create("Exporting the workspace to " + archive.getFileName(), monitor -> {
            try {
                ArchiveManifest manifest = WorkspaceArchive.export(workspace, model, archive, withIndex, template,
                        monitor);
                display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), TITLE,
                        "Exported the workspace to " + archive + " (" + manifest.entries().size() + " entries"
                                + (withIndex ? ", with the search index" : "")
                                + (template ? ", marked as a template" : "") + ")."));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Cannot export the workspace to " + archive + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    private static final class Page extends WizardPage {
        FileField archive;
        Button withIndex;
        Button template;

        Page() {
            super("archive");
            setTitle("Workspace Archive");
            setDescription("Case files, codebooks, saved searches, sources and captures, with a manifest of"
                    + " SHA-256 hashes.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            String home = System.getProperty("user.home");
            archive = new FileField(area, "Archive file:", FileField.Kind.SAVE_FILE,
                    Path.of(home, "workspace." + WorkspaceArchive.EXTENSION).toString(), this::validate);
            withIndex = check(area, "Include the search index (else it is rebuilt when imported)");
            template = check(area, "Mark as a template for new workspaces");
            setControl(area);
            validate();
        }

        private static Button check(Composite area, String label) {
            Button button = new Button(area, SWT.CHECK);
            button.setText(label);
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            return button;
        }

        private void validate() {
            Path path = archive.path();
            String error = null;
            if (path == null) {
                error = "Choose the archive file to write.";
            } else if (Files.isDirectory(path)) {
                error = path + " is a folder; choose a file name.";
            } else if (path.toAbsolutePath().getParent() == null || !Files.isDirectory(path.toAbsolutePath().getParent())) {
                error = "The folder of " + path + " does not exist.";
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
