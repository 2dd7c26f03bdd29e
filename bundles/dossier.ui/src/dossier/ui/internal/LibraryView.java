package dossier.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;

/** The workspace's case files and sources; while it is empty, it tells a newcomer where to start. */
public final class LibraryView extends ViewPart {

    static final String EMPTY_TITLE = "Your library is empty";
    static final String EMPTY_TEXT = "Dossier keeps research case files: the articles and social-media mentions "
            + "you collect, the passages you clip, your tags, notes and cross-references.\n\n"
            + "First step: bring in sources. From a terminal, 'dossier --help' lists what this version can do; "
            + "everything you add appears here.";

    private Composite emptyState;

    @Override
    public void createPartControl(Composite parent) {
        emptyState = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 12).applyTo(emptyState);
        Label title = new Label(emptyState, SWT.WRAP);
        title.setText(EMPTY_TITLE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        Label text = new Label(emptyState, SWT.WRAP);
        text.setText(EMPTY_TEXT);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        Label where = new Label(emptyState, SWT.WRAP);
        where.setText("Workspace: " + workspaceFolder());
        where.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(where);
    }

    private static String workspaceFolder() {
        try {
            return WorkspaceAccess.folder(Platform.getInstanceLocation()).toString();
        } catch (WorkspaceUnavailableException e) {
            return e.getMessage();
        }
    }

    @Override
    public void setFocus() {
        emptyState.setFocus();
    }
}
