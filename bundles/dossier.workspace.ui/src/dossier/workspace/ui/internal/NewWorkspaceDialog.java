package dossier.workspace.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import dossier.workspace.ArchiveException;
import dossier.workspace.WorkspaceImport;

/** Asks for a new workspace's folder and, for a template, the template archive; refuses a folder in use. */
final class NewWorkspaceDialog extends TitleAreaDialog {

    /** The title of the messages that follow: apart from the dialog's, so that neither is taken for the other. */
    static final String MESSAGE_TITLE = "New Workspace";

    private final String title;
    private final String heading;
    private final String message;
    private final boolean fromTemplate;
    private final String folderName;
    private FileField templateField;
    private FileField folderField;
    private Path template;
    private Path folder;

    NewWorkspaceDialog(Shell parent, String title, String heading, String message, boolean fromTemplate,
            String folderName) {
        super(parent);
        this.title = title;
        this.heading = heading;
        this.message = message;
        this.fromTemplate = fromTemplate;
        this.folderName = folderName;
    }

    Path template() {
        return template;
    }

    Path folder() {
        return folder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(heading);
        setMessage(message);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(3, false));
        if (fromTemplate) {
            templateField = new FileField(fields, "Template:", FileField.Kind.OPEN_FILE, "", this::validate);
        }
        folderField = new FileField(fields, "Folder:", FileField.Kind.FOLDER,
                Path.of(System.getProperty("user.home"), folderName).toString(), this::validate);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Create", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String error = null;
        Path archive = templateField == null ? null : templateField.path();
        Path target = folderField.path();
        if (templateField != null && (archive == null || !Files.isRegularFile(archive))) {
            error = "Choose the template (a .dossier file).";
        } else if (target == null) {
            error = "Choose a folder for the new workspace.";
        } else {
            try {
                WorkspaceImport.checkTarget(target.toAbsolutePath().normalize());
            } catch (ArchiveException e) {
                error = e.getMessage();
            }
        }
        setErrorMessage(error);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        template = templateField == null ? null : templateField.path();
        folder = folderField.path();
        super.okPressed();
    }
}
