package dossier.workspace.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A labelled path field with a Browse... button, in a three-column grid. */
final class FileField {

    /** What Browse... chooses. */
    enum Kind {
        OPEN_FILE, SAVE_FILE, FOLDER
    }

    private final Text text;

    FileField(Composite parent, String label, Kind kind, String initial, Runnable changed) {
        this(parent, label, kind, "dossier", initial, changed);
    }

    /** A field whose Browse... offers files with {@code extension} first. */
    FileField(Composite parent, String label, Kind kind, String extension, String initial, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(initial);
        text.addModifyListener(e -> changed.run());
        Button browse = new Button(parent, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen;
            if (kind == Kind.FOLDER) {
                DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
                dialog.setFilterPath(text.getText());
                chosen = dialog.open();
            } else {
                FileDialog dialog = new FileDialog(parent.getShell(), kind == Kind.SAVE_FILE ? SWT.SAVE : SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" });
                dialog.setFileName(text.getText());
                dialog.setOverwrite(true);
                chosen = dialog.open();
            }
            if (chosen != null) {
                text.setText(chosen);
            }
        });
    }

    /** The path typed or chosen, or null if the field is empty. */
    Path path() {
        String value = text.getText().strip();
        return value.isEmpty() ? null : Path.of(value);
    }
}
