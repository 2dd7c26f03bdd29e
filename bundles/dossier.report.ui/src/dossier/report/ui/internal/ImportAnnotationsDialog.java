package dossier.report.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dossier.model.casefile.CaseFile;

/** Asks which annotation file to import, and into which case file (optional, as with the command's --case). */
final class ImportAnnotationsDialog extends Dialog {

    static final String TITLE = "Import Annotations";
    static final String FROM_THE_FILE = "As the file says (its collection's label, else the Inbox)";

    private final List<CaseFile> caseFiles;
    private Combo caseFileCombo;
    private Text fileText;
    private Label problem;
    private Path file;
    private String caseFile;

    ImportAnnotationsDialog(Shell parent, List<CaseFile> caseFiles) {
        super(parent);
        this.caseFiles = caseFiles;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText("F&ile:");
        fileText = new Text(area, SWT.BORDER);
        fileText.setMessage("W3C Web Annotations or a Hypothesis export (.json, .jsonld)");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        new Label(area, SWT.NONE).setText("&Case file:");
        caseFileCombo = new Combo(area, SWT.READ_ONLY);
        caseFileCombo.add(FROM_THE_FILE);
        caseFiles.forEach(c -> caseFileCombo.add(c.getTitle()));
        caseFileCombo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(caseFileCombo);

        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(problem);
        fileText.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(TITLE);
        dialog.setFilterExtensions(new String[] { "*.json;*.jsonld", "*.*" });
        dialog.setFilterNames(new String[] { "Annotations (JSON, JSON-LD)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        String message = null;
        String text = fileText.getText().strip();
        if (text.isEmpty()) {
            message = "Choose the file to import.";
        } else {
            Path path;
            try {
                path = Path.of(text).toAbsolutePath();
            } catch (InvalidPathException e) {
                path = null;
            }
            if (path == null) {
                message = "That is not a file name.";
            } else if (!Files.isRegularFile(path)) {
                message = Files.isDirectory(path) ? "That is a folder; choose a file." : "There is no file " + path;
            }
        }
        problem.setText(message == null ? "" : message);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(message == null);
        }
    }

    @Override
    protected void okPressed() {
        file = Path.of(fileText.getText().strip()).toAbsolutePath();
        int index = caseFileCombo.getSelectionIndex();
        caseFile = index <= 0 ? null : caseFiles.get(index - 1).getId();
        super.okPressed();
    }

    Path file() {
        return file;
    }

    /** The chosen case file's id, or null for the file's own label (else the Inbox). */
    String caseFile() {
        return caseFile;
    }
}
