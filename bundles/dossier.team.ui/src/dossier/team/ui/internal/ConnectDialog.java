package dossier.team.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dossier.casefile.ResearchWorkspace;
import dossier.team.TeamCollection;
import dossier.team.TeamConnection;
import dossier.team.TeamException;

/**
 * Connect to Team Collection...: the Solr URLs, collection, user and password, checked in a job by
 * {@link TeamCollection#connect} (as {@code dossier team connect} does: the password kept in Eclipse secure storage
 * once the cluster took it). What went wrong is one line under the fields; a cluster without the collection offers to
 * create it with shards and replicas ({@link TeamCollection#setup}, as {@code dossier team setup}). Cancel stops a
 * check that runs (a cluster that does not answer is not waited for).
 */
final class ConnectDialog extends Dialog {

    static final String TITLE = "Connect to Team Collection";
    static final String CREATE = "Create Collection";
    static final String CANCELED = "Stopped: not connected. Change the fields and connect again, or cancel.";

    private final ResearchWorkspace workspace;
    private final TeamConnection current;
    private Text urls;
    private Text collection;
    private Text user;
    private Text password;
    private Composite create;
    private Spinner shards;
    private Spinner replicas;
    private Label problem;
    /** The check running now, or null. */
    private Job checking;

    ConnectDialog(Shell parent, ResearchWorkspace workspace, TeamConnection current) {
        super(parent);
        this.workspace = workspace;
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Share case files with the team and search what it gathered: a collection on SolrCloud. The"
                + " password is kept in Eclipse secure storage, never in the workspace.");
        GridDataFactory.fillDefaults().span(2, 1).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(intro);
        urls = field(area, "Solr &URLs:", "Base URLs of one or more of the cluster's nodes, separated by spaces, e.g."
                + " http://solr1:8983/solr http://solr2:8983/solr (no ZooKeeper needed)", SWT.NONE);
        collection = field(area, "&Collection:", "The team collection's name", SWT.NONE);
        user = field(area, "&User:", "User of Solr's basic authentication; empty if the cluster has none", SWT.NONE);
        password = field(area, "&Password:", "The user's password, kept in Eclipse secure storage", SWT.PASSWORD);
        if (current != null) {
            urls.setText(String.join(" ", current.urls()));
            collection.setText(current.collection());
            user.setText(current.user() == null ? "" : current.user());
        }
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(70),
                SWT.DEFAULT).applyTo(problem);
        create = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(create);
        GridDataFactory.fillDefaults().span(2, 1).exclude(true).applyTo(create);
        create.setVisible(false);
        new Label(create, SWT.NONE).setText("Create it with");
        shards = spinner(create, "Shards: the collection's documents are split over this many parts");
        new Label(create, SWT.NONE).setText("shards x");
        replicas = spinner(create, "Replicas: copies of each shard, on different nodes (2 survive a node going down)");
        Button createButton = new Button(create, SWT.PUSH);
        createButton.setText(CREATE);
        createButton.addListener(SWT.Selection, e -> check(true));
        return area;
    }

    private static Text field(Composite area, String label, String tip, int style) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER | SWT.SINGLE | style);
        text.setToolTipText(tip);
        text.setMessage(tip.contains(",") ? tip.substring(0, tip.indexOf(',')) : tip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private static Spinner spinner(Composite parent, String tip) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(1, 1, 64, 0, 1, 4);
        spinner.setToolTipText(tip);
        return spinner;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        check(false);
    }

    /**
     * While a check runs, Cancel stops it (the cluster's answer is not waited for, the workspace not connected) and
     * the fields can be changed again; else it closes the dialog.
     */
    @Override
    protected void cancelPressed() {
        if (checking != null) {
            checking.cancel();
            checking = null;
            busy(false);
            show(CANCELED, false);
            return;
        }
        super.cancelPressed();
    }

    /** A check still running when the dialog closes (its window closed) is stopped: nothing connects behind it. */
    @Override
    public boolean close() {
        if (checking != null) {
            checking.cancel();
            checking = null;
        }
        return super.close();
    }

    /** Checks the connection in a job (or sets the collection up first); the dialog closes once it works. */
    private void check(boolean setUp) {
        if (checking != null) {
            return;
        }
        TeamConnection to;
        try {
            String name = user.getText().strip();
            to = new TeamConnection(Arrays.stream(urls.getText().split("[\\s,]+")).filter(u -> !u.isEmpty()).toList(),
                    collection.getText().strip(), name.isEmpty() ? null : name);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), false);
            return;
        }
        String secret = to.user() == null ? null : password.getText();
        int shardCount = shards.getSelection();
        int replicaCount = replicas.getSelection();
        show(setUp ? String.format(Locale.ROOT, "Creating '%s' (%d x %d)...", to.collection(), shardCount,
                replicaCount) : "Checking " + String.join(", ", to.urls()) + "...", false);
        Job job = Job.create((setUp ? "Setting up" : "Connecting to") + " the team collection '" + to.collection()
                + "'", monitor -> {
                    String failure = null;
                    boolean missing = false;
                    try {
                        TeamCollection team = workspace.service(TeamCollection.class);
                        if (setUp) {
                            team.setup(to, secret, shardCount, replicaCount, monitor);
                        } else {
                            team.connect(to, secret, monitor);
                        }
                    } catch (TeamException.MissingCollection e) {
                        missing = true;
                        failure = "The cluster has no collection '" + to.collection() + "' (it has " + (e
                                .collections().isEmpty() ? "none" : String.join(", ", e.collections()))
                                + "): create it below, or check the name.";
                    } catch (TeamException | IOException e) {
                        failure = e.getMessage();
                    }
                    String line = failure;
                    boolean offer = missing;
                    Job self = Job.getJobManager().currentJob();
                    Shell shell = getShell();
                    if (shell != null && !shell.isDisposed()) {
                        shell.getDisplay().asyncExec(() -> done(self, line, offer));
                    }
                    return Status.OK_STATUS;
                });
        checking = job;
        busy(true);
        job.schedule();
    }

    private void done(Job job, String failure, boolean offerToCreate) {
        if (getShell() == null || getShell().isDisposed() || job != checking) {
            return; // closed, or the check was stopped
        }
        checking = null;
        busy(false);
        if (failure == null) {
            setReturnCode(OK);
            close();
            return;
        }
        fail(failure, offerToCreate);
    }

    private void fail(String line, boolean offerToCreate) {
        problem.setForeground(JFaceColors.getErrorText(problem.getDisplay()));
        say(line, offerToCreate);
    }

    private void show(String line, boolean offerToCreate) {
        problem.setForeground(null);
        say(line, offerToCreate);
    }

    private void say(String line, boolean offerToCreate) {
        problem.setText(line == null ? "" : firstLine(line));
        problem.setToolTipText(line);
        create.setVisible(offerToCreate);
        ((org.eclipse.swt.layout.GridData) create.getLayoutData()).exclude = !offerToCreate;
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** While a check runs, only Cancel can be pressed. */
    private void busy(boolean now) {
        for (Control control : List.of(urls, collection, user, password, create, getButton(IDialogConstants.OK_ID))) {
            control.setEnabled(!now);
        }
    }
}
