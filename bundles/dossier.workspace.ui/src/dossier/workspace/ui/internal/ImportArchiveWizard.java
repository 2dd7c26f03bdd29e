package dossier.workspace.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IImportWizard;

import dossier.workspace.ArchiveException;
import dossier.workspace.ArchiveLimits;
import dossier.workspace.WorkspaceImport;

/**
 * File &gt; Import... &gt; Workspace Archive: a .dossier archive into a new workspace folder, in a job; every entry
 * is checked before anything is written, and a refusal is shown in one line.
 */
public final class ImportArchiveWizard extends ArchiveWizard<ImportArchiveWizard.Page> implements IImportWizard {

    static final String TITLE = "Import Workspace Archive";

    public ImportArchiveWizard() {
        super(TITLE, new Page());
    }

    @Override
    public boolean performFinish() {
        Path archive = page.archive.path();
        Path folder = page.folder.path();
        boolean training = page.training.getSelection();
        runInJob("Importing " + archive.getFileName(), "Cannot import " + archive.getFileName(), monitor -> {
            WorkspaceImport.Report report = new WorkspaceImport(archive, folder, ArchiveLimits.DEFAULT).run(training,
                    false, monitor);
            return "Imported " + report.caseFiles() + " case files and " + report.items() + " items into " + folder
                    + (training ? " in training mode" : "") + "; " + report.index() + ".\n\nTo work in it, start"
                    + " Dossier with -data " + folder;
        });
        return true;
    }

    static final class Page extends ArchiveWizard.FieldsPage {
        FileField archive;
        FileField folder;
        Button training;

        Page() {
            super("Every entry is checked (names, links, sizes, SHA-256) before anything is written.");
        }

        @Override
        void createFields(Composite area) {
            archive = new FileField(area, "Archive file:", FileField.Kind.OPEN_FILE, "", this::validate);
            folder = new FileField(area, "New workspace folder:", FileField.Kind.FOLDER, "", this::validate);
            training = check(area, "Training mode: the trainer's case files and codebooks are read-only");
        }

        @Override
        String problem() {
            Path file = archive.path();
            Path target = folder.path();
            if (file == null || !Files.isRegularFile(file)) {
                return file == null ? "Choose the .dossier archive." : "There is no file " + file + ".";
            } else if (target == null) {
                return "Choose a folder for the new workspace.";
            }
            try {
                WorkspaceImport.checkTarget(target.toAbsolutePath().normalize());
                return null;
            } catch (ArchiveException e) {
                return e.getMessage();
            }
        }
    }
}
