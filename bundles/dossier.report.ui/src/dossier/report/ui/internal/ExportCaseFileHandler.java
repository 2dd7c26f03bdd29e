package dossier.report.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.boards.Boards;
import dossier.boards.charts.BoardFigures;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.model.casefile.Board;
import dossier.model.casefile.CaseFile;
import dossier.report.CaseFileSnapshot;
import dossier.report.ExportFormat;
import dossier.report.ReportFigures;

/**
 * File &gt; Export Case File... (and the Library's context menu on a case file): asks for the case
 * file (preselected: the selected one, or the active editor's if it adapts to CaseFile), format,
 * file and boards to include as charts, then writes it in a job with progress and cancel.
 */
public final class ExportCaseFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        ExportDialog dialog = new ExportDialog(HandlerUtil.getActiveShell(event), workspace.caseFiles(), chosen(event),
                Boards.of(workspace).list());
        if (dialog.open() == Window.OK) {
            export(workspace, dialog.caseFile(), dialog.format(), dialog.file(), dialog.boards());
        }
        return null;
    }

    /** The case file selected, or else the one the active editor shows (adapting to CaseFile), or null. */
    private static CaseFile chosen(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && !selection.isEmpty()) {
            CaseFile selected = Adapters.adapt(selection.getFirstElement(), CaseFile.class);
            if (selected != null) {
                return selected;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor == null ? null : Adapters.adapt(editor, CaseFile.class);
    }

    /**
     * Exports in a user job: the model is read here (the UI thread), the store, the boards' panels (from the index, as
     * {@code dossier export --board} computes them) and the file in the job. A failure is the job's error status,
     * which the workbench shows; the old file is left whole.
     */
    public static Job export(ResearchWorkspace workspace, CaseFile caseFile, ExportFormat format, Path file,
            List<Board> boards) {
        CaseFileSnapshot.ModelPart model = CaseFileSnapshot.read(workspace, caseFile);
        Job job = Job.create("Exporting '" + model.title() + "' as " + format.label(), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 4);
            try {
                progress.subTask("Reading the sources");
                CaseFileSnapshot snapshot = model.withSources(workspace.store());
                progress.worked(1);
                ReportFigures figures = ReportFigures.NONE;
                if (!boards.isEmpty()) {
                    progress.subTask("Computing the boards' panels");
                    figures = BoardFigures.of(workspace, boards, Instant.now());
                }
                progress.worked(1);
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                progress.subTask("Writing " + file.getFileName());
                format.write(snapshot, figures, file);
                progress.worked(2);
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error("Could not export '" + model.title() + "' to " + file + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
