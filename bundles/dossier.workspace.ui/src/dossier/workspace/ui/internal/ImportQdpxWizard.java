package dossier.workspace.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

import dossier.casefile.ResearchWorkspace;
import dossier.workspace.QdpxImport;

/**
 * File &gt; Import... &gt; REFI-QDA Project: another tool's .qdpx into a case file. The archive and the store are
 * read in a job; the model changes on the UI thread. The message lists collisions and what was not imported.
 */
public final class ImportQdpxWizard extends ArchiveWizard<ImportQdpxWizard.Page> implements IImportWizard {

    static final String TITLE = "Import REFI-QDA Project";

    public ImportQdpxWizard() {
        super(TITLE, new Page());
    }

    @Override
    public boolean performFinish() {
        ResearchWorkspace workspace = workspace();
        if (workspace == null) {
            return false;
        }
        Path file = page.project.path();
        String caseName = page.caseFile.getText().isBlank() ? null : page.caseFile.getText().strip();
        Display display = getShell().getDisplay();
        runInJob("Importing " + file.getFileName(), "Cannot import " + file.getFileName(), monitor -> {
            QdpxImport.Result result = QdpxImport.importInto(workspace, file, caseName, display::syncExec);
            StringBuilder message = new StringBuilder(result.summary().substring(0, 1).toUpperCase())
                    .append(result.summary().substring(1)).append('.');
            result.collisions().forEach(collision -> message.append("\n\u2022 ").append(collision));
            if (!result.notImported().isEmpty()) {
                message.append("\n\nNot imported:");
                result.notImported().forEach(what -> message.append("\n\u2022 ").append(what));
            }
            return message.toString();
        });
        return true;
    }

    static final class Page extends ArchiveWizard.FieldsPage {
        FileField project;
        Text caseFile;

        Page() {
            super("REFI-QDA Project", "Sources become items, codes a tag scheme, coded selections clips, notes notes.");
        }

        @Override
        void createFields(Composite area) {
            project = new FileField(area, "Project file:", FileField.Kind.OPEN_FILE, "qdpx", "", this::validate);
            new Label(area, SWT.NONE).setText("Case file:");
            caseFile = new Text(area, SWT.BORDER | SWT.SINGLE);
            caseFile.setMessage("the project's name");
            caseFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }

        @Override
        String problem() {
            Path file = project.path();
            if (file == null) {
                return "Choose the .qdpx project.";
            }
            return Files.isRegularFile(file) ? null : "There is no file " + file + ".";
        }
    }
}
