package dossier.preferences.ui.internal;

import java.io.IOException;
import java.text.DateFormat;
import java.util.Date;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.IndexStatus;
import dossier.index.SearchIndex;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Index: the search index's state (documents against stored
 * items, schema version, last commit, folder) and Rebuild Index Now, a job in the Progress view.
 * The index has no settings to tune: it keeps itself in step with the store.
 */
public final class IndexPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    static final String REBUILD = "Rebuild Index Now";

    private Label documents;
    private Label version;
    private Label committed;
    private Label folder;
    private Button rebuild;

    public IndexPreferencePage() {
        setDescription("The search index keeps itself in step with the items you collect. Rebuild it if searches"
                + " miss items you know are there.");
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        // the workspace's index is reached through the session when the page opens
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        documents = row(page, "Documents:");
        version = row(page, "Schema version:");
        committed = row(page, "Last commit:");
        folder = row(page, "Folder:");
        rebuild = new Button(page, SWT.PUSH);
        rebuild.setText(REBUILD);
        GridDataFactory.swtDefaults().span(2, 1).indent(0, 8).applyTo(rebuild);
        rebuild.addListener(SWT.Selection, e -> rebuild());
        readStatus();
        return page;
    }

    private static Label row(Composite page, String title) {
        new Label(page, SWT.NONE).setText(title);
        Label value = new Label(page, SWT.WRAP);
        value.setText("reading...");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(value);
        return value;
    }

    /** Opens the index and reads its state in a job; the page shows it when it arrives. */
    private void readStatus() {
        ResearchWorkspace workspace = WorkspaceSession.get().workspace();
        if (workspace == null) {
            documents.setText("the workspace is not open yet");
            rebuild.setEnabled(false);
            return;
        }
        Display display = getShell().getDisplay();
        Job reading = Job.create("Reading the search index's state", (IProgressMonitor monitor) -> {
            try {
                IndexStatus status = SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND, SearchIndex.Progress.NONE)
                        .status();
                display.asyncExec(() -> show(status));
                return Status.OK_STATUS;
            } catch (IOException e) {
                display.asyncExec(() -> showProblem(e.getMessage()));
                return Status.error("Cannot read the search index: " + e.getMessage(), e);
            }
        });
        reading.setSystem(true);
        reading.schedule();
    }

    private void show(IndexStatus status) {
        if (documents.isDisposed()) {
            return;
        }
        documents.setText(String.format(Locale.ROOT, "%,d of %,d stored items%s", status.documents(),
                status.storeItems(), status.rebuilding() ? " (rebuilding: " + status.rebuilt() + " done)" : ""));
        version.setText(status.version());
        committed.setText(status.lastCommit() == null ? "never"
                : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM).format(Date.from(status
                        .lastCommit())));
        folder.setText(status.folder());
        rebuild.setEnabled(!status.rebuilding());
        documents.getParent().layout(true);
    }

    private void showProblem(String problem) {
        if (!documents.isDisposed()) {
            documents.setText("cannot be read: " + problem);
        }
    }

    /** Rebuilds in a job with progress in the Progress view; the model is read on the UI thread first. */
    private void rebuild() {
        ResearchWorkspace workspace = WorkspaceSession.get().workspace();
        Display display = getShell().getDisplay();
        rebuild.setEnabled(false);
        documents.setText("rebuilding...");
        Job job = Job.create("Rebuilding the search index", (IProgressMonitor monitor) -> rebuild(workspace, display,
                monitor));
        job.schedule();
    }

    private IStatus rebuild(ResearchWorkspace workspace, Display display, IProgressMonitor monitor) {
        monitor.beginTask("Rebuilding the search index", 100);
        int[] reported = { 0 };
        SearchIndex.Progress progress = (done, total) -> {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            monitor.worked(percent - reported[0]);
            monitor.subTask(done + " of " + total + " items");
            reported[0] = percent;
        };
        try {
            SearchIndex index = SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND, SearchIndex.Progress.NONE);
            index.awaitRebuild();
            display.syncExec(() -> index.rebuildInBackground(progress));
            index.awaitRebuild();
            IndexStatus status = index.status();
            display.asyncExec(() -> show(status));
            return Status.OK_STATUS;
        } catch (IOException e) {
            display.asyncExec(() -> showProblem(e.getMessage()));
            return Status.error("Cannot rebuild the search index: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }
}
