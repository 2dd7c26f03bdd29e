package dossier.report.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.report.WebAnnotationImport;
import dossier.report.WebAnnotationImport.Prepared;
import dossier.report.WebAnnotationImport.Result;
import dossier.report.WebAnnotationImport.Unmatched;

/**
 * File &gt; Import Annotations...: asks for the file and case file, reads and matches the annotations in a job with
 * progress and cancel, files them on the UI thread as one command (one Undo takes the import back), then says what
 * became of them.
 */
public final class ImportAnnotationsHandler extends AbstractHandler {

    private static final int UNMATCHED_SHOWN = 20;

    @Override
    public Object execute(ExecutionEvent event) {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        ImportAnnotationsDialog dialog = new ImportAnnotationsDialog(HandlerUtil.getActiveShell(event),
                workspace.caseFiles());
        if (dialog.open() == Window.OK) {
            importAnnotations(workspace, dialog.file(), dialog.caseFile(), Display.getCurrent());
        }
        return null;
    }

    /**
     * Reads the file and the store in a user job; a file that cannot be read, is not JSON or holds no annotations
     * gets one error dialog and changes nothing. The model is changed on the UI thread.
     */
    public static Job importAnnotations(ResearchWorkspace workspace, Path file, String caseFile, Display display) {
        Job job = Job.create("Importing annotations from " + file.getFileName(), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 3);
            Prepared prepared;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                progress.subTask("Reading " + file.getFileName());
                var json = WebAnnotationImport.read(reader);
                progress.worked(1);
                progress.subTask("Matching the annotations with the items");
                prepared = WebAnnotationImport.prepare(workspace.store(), json, progress::isCanceled);
                progress.worked(1);
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
                        ImportAnnotationsDialog.TITLE, "Nothing was imported. " + file + ": " + message(e)));
                return Status.OK_STATUS;
            }
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> file(workspace, prepared, caseFile, file, display));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void file(ResearchWorkspace workspace, Prepared prepared, String caseFile, Path file,
            Display display) {
        Result result;
        try {
            result = workspace.asOneCommand("import annotations",
                    () -> WebAnnotationImport.importInto(workspace, prepared, caseFile));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(display.getActiveShell(), ImportAnnotationsDialog.TITLE,
                    "The import of " + file + " stopped: " + message(e));
            return;
        }
        if (result.unmatched().isEmpty() && result.notApplicable().isEmpty()) {
            MessageDialog.openInformation(display.getActiveShell(), ImportAnnotationsDialog.TITLE, summary(result));
        } else {
            MessageDialog.openWarning(display.getActiveShell(), ImportAnnotationsDialog.TITLE, summary(result));
        }
    }

    /** How many annotations became clips (and notes, links, filed items), and which could not be matched. */
    static String summary(Result result) {
        long clips = count(result, "clip");
        StringBuilder text = new StringBuilder();
        text.append(clips).append(" of ").append(result.annotations())
                .append(result.annotations() == 1 ? " annotation" : " annotations")
                .append(clips == 1 ? " became a clip" : " became clips").append(" in '").append(result.caseFile())
                .append("'.");
        List<String> others = List.of(plural(count(result, "item"), "item filed", "items filed"),
                plural(count(result, "note"), "reply became a note", "replies became notes"),
                plural(count(result, "link"), "cross-reference", "cross-references"),
                plural(result.alreadyThere(), "already there", "already there")).stream()
                .filter(s -> !s.isEmpty()).toList();
        if (!others.isEmpty()) {
            text.append(' ').append(String.join(", ", others)).append('.');
        }
        list(text, result.unmatched(), " annotation could not be matched:", " annotations could not be matched:");
        list(text, result.notApplicable(), " annotation is not for Dossier:", " annotations are not for Dossier:");
        return text.toString();
    }

    private static void list(StringBuilder text, List<Unmatched> unmatched, String one, String many) {
        if (unmatched.isEmpty()) {
            return;
        }
        text.append("\n\n").append(unmatched.size()).append(unmatched.size() == 1 ? one : many);
        for (Unmatched each : unmatched.subList(0, Math.min(UNMATCHED_SHOWN, unmatched.size()))) {
            text.append("\n\u2022 ").append(each.exact() == null ? each.annotationId()
                    : "\u201c" + abbreviate(each.exact()) + "\u201d").append(": ").append(each.reason());
        }
        if (unmatched.size() > UNMATCHED_SHOWN) {
            text.append("\n\u2026 and ").append(unmatched.size() - UNMATCHED_SHOWN)
                    .append(" more (dossier import-annotations lists them all).");
        }
    }

    private static long count(Result result, String kind) {
        return result.imported().stream().filter(i -> kind.equals(i.kind())).count();
    }

    private static String plural(long count, String one, String many) {
        return count == 0 ? "" : count + " " + (count == 1 ? one : many);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "\u2026";
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
