package dossier.casefile.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.UiModelThread;
import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.LocalFiles;

/** File &gt; Import Files...: reads, stores and files the chosen files in the Inbox through the intake, in a job. */
public final class ImportFilesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
        if (workspace == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Files");
        dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.markdown;*.html;*.htm", "*.*" });
        dialog.setFilterNames(new String[] { "Text, Markdown and HTML files", "All files" });
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        importFiles(workspace, files, shell.getDisplay());
        return null;
    }

    /**
     * Reads and stores the files in a job with progress and cancel, through the workspace's intake; only filing them
     * in the Inbox runs on the UI thread, and it reads nothing from the store. A cancelled import files what it stored.
     */
    public static Job importFiles(ResearchWorkspace workspace, List<Path> files, Display display) {
        Job job = Job.create("Importing " + files.size() + " files", (IProgressMonitor monitor) -> {
            List<String> problems = new ArrayList<>();
            List<Path> importable;
            try {
                importable = LocalFiles.expand(files, problems);
            } catch (IOException e) {
                return Status.error("Cannot list the files to import: " + e.getMessage(), e);
            }
            SubMonitor progress = SubMonitor.convert(monitor, importable.size());
            Intake.Batch batch = workspace.intake().batch(Intake.Filing.into((String) null, List.of()));
            for (Path file : importable) {
                if (progress.isCanceled()) {
                    break;
                }
                progress.subTask(file.getFileName().toString());
                try {
                    batch.put(LocalFiles.read(file).capture());
                } catch (IOException | RuntimeException e) {
                    problems.add(file + ": " + e.getMessage());
                }
                progress.worked(1);
            }
            try {
                workspace.intake().file(batch, new UiModelThread(display));
            } catch (IOException | RuntimeException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                display.asyncExec(() -> MessageDialog.openWarning(display.getActiveShell(), "Import Files",
                        "Some files were not imported:\n" + String.join("\n", problems)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
