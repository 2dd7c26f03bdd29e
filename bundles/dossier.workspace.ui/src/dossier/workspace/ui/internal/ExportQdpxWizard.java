package dossier.workspace.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.PlatformUI;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.CaseFile;
import dossier.workspace.QdpxExport;

/**
 * File &gt; Export... &gt; REFI-QDA Project: a case file, or all of them, as a .qdpx for NVivo, ATLAS.ti, MAXQDA or
 * QualCoder; read and written in a job (the model read while no command changes it).
 */
public final class ExportQdpxWizard extends ArchiveWizard<ExportQdpxWizard.Page> implements IExportWizard {

    static final String TITLE = "Export REFI-QDA Project";
    static final String ALL = "All case files";

    public ExportQdpxWizard() {
        super(TITLE, new Page());
    }

    @Override
    public boolean performFinish() {
        ResearchWorkspace workspace = workspace();
        if (workspace == null) {
            return false;
        }
        List<CaseFile> all = workspace.caseFiles();
        int index = page.caseFile.getSelectionIndex();
        List<CaseFile> chosen = index <= 0 ? all : List.of(all.get(index - 1));
        String name = index <= 0 ? String.valueOf(workspace.folder().getFileName()) : chosen.get(0).getTitle();
        Path file = page.project.path();
        String user = System.getProperty("user.name");
        runInJob("Exporting " + file.getFileName(), "Cannot export to " + file, monitor -> {
            QdpxExport.Prepared prepared;
            try {
                prepared = workspace.readModel(() -> {
                    try {
                        return QdpxExport.prepare(workspace, chosen, name, user);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            QdpxExport.write(prepared, file);
            QdpxExport.Written written = prepared.written();
            return "Exported '" + name + "' to " + file + ": " + written.sources() + " sources, "
                    + written.selections() + " coded selections, " + written.codes() + " codes, " + written.notes()
                    + " notes.";
        });
        return true;
    }

    static final class Page extends ArchiveWizard.FieldsPage {
        Combo caseFile;
        FileField project;

        Page() {
            super("REFI-QDA Project", "Items as text sources, tags as codes, clips as coded selections, notes.");
        }

        @Override
        void createFields(Composite area) {
            new Label(area, SWT.NONE).setText("Case file:");
            caseFile = new Combo(area, SWT.READ_ONLY);
            caseFile.add(ALL);
            ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
            if (workspace != null) {
                workspace.caseFiles().forEach(c -> caseFile.add(c.getTitle()));
            }
            caseFile.select(0);
            caseFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            project = new FileField(area, "Project file:", FileField.Kind.SAVE_FILE, QdpxExport.EXTENSION,
                    Path.of(System.getProperty("user.home"), "project." + QdpxExport.EXTENSION).toString(),
                    this::validate);
        }

        @Override
        String problem() {
            return saveFileProblem(project.path(), "project file");
        }
    }
}
