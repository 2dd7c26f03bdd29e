package dossier.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IExportWizard;

import dossier.casefile.ResearchWorkspace;
import dossier.workspace.ArchiveManifest;
import dossier.workspace.WorkspaceArchive;

/** File &gt; Export... &gt; Workspace Archive: the open workspace as a .dossier archive, written in a job. */
public final class ExportArchiveWizard extends ArchiveWizard<ExportArchiveWizard.Page> implements IExportWizard {

    static final String TITLE = "Export Workspace Archive";

    public ExportArchiveWizard() {
        super(TITLE, new Page());
    }

    @Override
    public boolean performFinish() {
        ResearchWorkspace workspace = workspace();
        if (workspace == null) {
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
        runInJob("Exporting the workspace to " + archive.getFileName(), "Cannot export the workspace to " + archive,
                monitor -> {
                    ArchiveManifest manifest = WorkspaceArchive.export(workspace, model, archive, withIndex, template,
                            monitor);
                    return "Exported the workspace to " + archive + " (" + manifest.entries().size() + " entries"
                            + (withIndex ? ", with the search index" : "") + (template ? ", marked as a template" : "")
                            + ").";
                });
        return true;
    }

    static final class Page extends ArchiveWizard.FieldsPage {
        FileField archive;
        Button withIndex;
        Button template;

        Page() {
            super("Case files, codebooks, saved searches, sources and captures, with a manifest of SHA-256 hashes.");
        }

        @Override
        void createFields(Composite area) {
            String home = System.getProperty("user.home");
            archive = new FileField(area, "Archive file:", FileField.Kind.SAVE_FILE,
                    Path.of(home, "workspace." + WorkspaceArchive.EXTENSION).toString(), this::validate);
            withIndex = check(area, "Include the search index (else it is rebuilt when imported)");
            template = check(area, "Mark as a template for new workspaces");
        }

        @Override
        String problem() {
            return saveFileProblem(archive.path(), "archive file");
        }
    }
}
