package dossier.preferences.ui.internal;

import java.io.IOException;
import java.text.DateFormat;
import java.util.Date;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.index.IndexSettings;
import dossier.index.IndexStatus;
import dossier.index.SearchIndex;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Index: the index's tunables ({@link IndexSettings}, in the instance
 * preferences of {@code dossier.index}, which the open index applies at once), its state (documents against stored
 * items, schema version, last commit, folder) and Rebuild Index Now, a job in the Progress view.
 */
public final class IndexPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    static final String REBUILD = "Rebuild Index Now";

    private Label documents;
    private Label version;
    private Label committed;
    private Text folder;
    private Button rebuild;
    private final Map<IndexSettings, Text> fields = new EnumMap<>(IndexSettings.class);
    /** Each field's error message. */
    private final Map<IndexSettings, String> problems = new EnumMap<>(IndexSettings.class);

    public IndexPreferencePage() {
        setDescription("The search index keeps itself in step with the items you collect. Rebuild it if searches"
                + " miss items you know are there.");
    }

    /** The dialog saves it on OK. */
    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, IndexSettings.NODE);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the workspace's index is reached through the session when the page opens
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(page);
        createTuning(page);
        Group state = new Group(page, SWT.NONE);
        state.setText("State");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(state);
        documents = row(state, "Documents:", 1);
        rebuild = new Button(state, SWT.PUSH);
        rebuild.setText(REBUILD);
        rebuild.setToolTipText("Rebuild the index from the stored items, as a job in the Progress view");
        rebuild.addListener(SWT.Selection, e -> rebuild());
        version = row(state, "Schema version:", 2);
        committed = row(state, "Last commit:", 2);
        new Label(state, SWT.NONE).setText("Folder:");
        folder = new Text(state, SWT.READ_ONLY | SWT.SINGLE);
        folder.setText("reading...");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(folder);
        readStatus();
        return page;
    }

    private void createTuning(Composite page) {
        Group tuning = new Group(page, SWT.NONE);
        tuning.setText("Tuning (applied to the open index at once)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tuning);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(tuning);
        field(tuning, IndexSettings.COMMIT_SECONDS, "Commit changes after:", "Commit interval", "seconds", "seconds",
                "How long after the first unsaved change the index makes its changes durable");
        field(tuning, IndexSettings.REFRESH_MILLIS, "Refresh searches every:", "Refresh interval", "milliseconds", "ms",
                "How long a new or changed item may wait before searches see it (a search of your own waits for it)");
        field(tuning, IndexSettings.RAM_BUFFER_MB, "Indexing memory buffer:", "Memory buffer", "MB", "MB",
                "Memory for newly indexed items before they are written to disk: more makes big imports faster");
        fields.forEach((setting, field) -> field.setText(Integer.toString(setting.value())));
    }

    private void field(Composite group, IndexSettings setting, String title, String name, String unit, String abbreviated,
            String tip) {
        Label label = new Label(group, SWT.NONE);
        label.setText(title);
        label.setToolTipText(tip);
        Text field = new Text(group, SWT.BORDER | SWT.RIGHT);
        field.setToolTipText(tip);
        GridDataFactory.swtDefaults().hint(convertWidthInCharsToPixels(8), SWT.DEFAULT).applyTo(field);
        Label range = new Label(group, SWT.NONE);
        range.setText(String.format(Locale.ROOT, "%s (%,d to %,d)", unit, setting.min(), setting.max()));
        fields.put(setting, field);
        problems.put(setting, String.format(Locale.ROOT, "%s: %,d to %,d %s", name, setting.min(), setting.max(),
                abbreviated)); // short enough for the dialog's message line
        field.addListener(SWT.Modify, e -> validate());
    }

    /** Says what is wrong with the first bad field; the dialog's OK and Apply are disabled meanwhile. */
    private void validate() {
        String problem = null;
        for (Map.Entry<IndexSettings, Text> field : fields.entrySet()) {
            if (problem == null && value(field.getKey(), field.getValue()) == null) {
                IndexSettings setting = field.getKey();
                problem = problems.get(setting);
            }
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    /** The field's value if it is a whole number in the setting's range, else null. */
    private static Integer value(IndexSettings setting, Text field) {
        try {
            int value = Integer.parseInt(field.getText().strip());
            return value >= setting.min() && value <= setting.max() ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void performDefaults() {
        fields.forEach((setting, field) -> field.setText(Integer.toString(setting.defaultValue())));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        for (Map.Entry<IndexSettings, Text> field : fields.entrySet()) {
            Integer value = value(field.getKey(), field.getValue());
            if (value == null) {
                return false;
            }
            if (value == field.getKey().defaultValue()) {
                store.setToDefault(field.getKey().key());
            } else {
                store.setValue(field.getKey().key(), value);
            }
        }
        return true;
    }

    private static Label row(Composite page, String title, int span) {
        new Label(page, SWT.NONE).setText(title);
        Label value = new Label(page, SWT.WRAP);
        value.setText("reading...");
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
        return value;
    }

    /** Opens the index and reads its state in a job; the page shows it when it arrives. */
    private void readStatus() {
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
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
        ResearchWorkspace workspace = PlatformUI.getWorkbench().getService(WorkspaceSession.class).workspace();
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
