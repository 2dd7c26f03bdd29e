package dossier.team.ui.internal;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.WorkspaceSession;
import dossier.team.TeamCollection;

/**
 * "Team: 12 waiting" in the workbench's status line: the documents of the outbox not yet sent to the team collection,
 * read again (in a job) whenever the team collection says they may have changed; nothing while not connected.
 */
public final class OutboxStatus extends WorkbenchWindowControlContribution {

    static final String PREFIX = "Team: ";

    private Composite box;
    private Label label;
    private Runnable unwatch;

    @Override
    protected Control createControl(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(box);
        label = new Label(box, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, true).applyTo(label);
        label.setToolTipText("Documents waiting in this workspace's outbox for the team collection: Publish to Team"
                + " Collection in the Library sends them with what is new");
        box.addListener(SWT.Dispose, e -> {
            if (unwatch != null) {
                unwatch.run();
            }
        });
        PlatformUI.getWorkbench().getService(WorkspaceSession.class).whenOpen(this::watch);
        return box;
    }

    private void watch(ResearchWorkspace workspace) {
        if (box.isDisposed()) {
            return;
        }
        try {
            unwatch = workspace.service(TeamCollection.class).watch(() -> read(workspace));
        } catch (IOException e) {
            return;
        }
        read(workspace);
    }

    /** Reads the connection and the outbox in a job, then shows them. */
    private void read(ResearchWorkspace workspace) {
        Job reading = Job.create("Reading the team collection's outbox", monitor -> {
            try {
                TeamCollection team = workspace.service(TeamCollection.class);
                String text = team.connection().isEmpty() ? ""
                        : String.format(Locale.ROOT, PREFIX + "%,d waiting", team.waiting());
                if (!box.isDisposed()) {
                    box.getDisplay().asyncExec(() -> show(text));
                }
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.warning("Cannot read the team collection's outbox: " + e.getMessage(), e);
            }
        });
        reading.setSystem(true);
        reading.schedule();
    }

    private void show(String text) {
        if (box.isDisposed() || text.equals(label.getText())) {
            return;
        }
        label.setText(text);
        box.setVisible(!text.isEmpty());
        // the tool item holding the box (the workbench may wrap it in a composite of its own) takes the new width
        Control child = box;
        for (Composite parent = box.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            if (parent instanceof ToolBar toolbar) {
                for (ToolItem item : toolbar.getItems()) {
                    if (item.getControl() == child) {
                        item.setWidth(text.isEmpty() ? 0 : child.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
                    }
                }
                toolbar.pack(true);
                break;
            }
        }
        box.getShell().layout(new Control[] { box }, SWT.DEFER); // the trim bar makes room
    }
}
