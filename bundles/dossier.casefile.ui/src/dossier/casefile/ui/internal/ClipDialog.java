package dossier.casefile.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Asks where a clip goes: a case file (an existing one or a new name; the last one is
 * remembered), tags (comma separated, Parent/Child for a hierarchy) and a note.
 */
final class ClipDialog extends Dialog {

    static final String TITLE = "Clip Selection";
    private static final String LAST_CASE_FILE = "lastCaseFile";

    private final String quote;
    private final List<String> caseFiles;
    private Combo caseFile;
    private Text tags;
    private Text note;
    private String chosenCaseFile;
    private List<String> chosenTags;
    private String chosenNote;

    ClipDialog(Shell parent, String quote, List<String> caseFiles) {
        super(parent);
        this.quote = quote;
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
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label passage = new Label(area, SWT.WRAP);
        passage.setText("\u201c" + abbreviate(quote) + "\u201d");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(passage);

        new Label(area, SWT.NONE).setText("&Case file:");
        caseFile = new Combo(area, SWT.DROP_DOWN);
        caseFile.setItems(caseFiles.toArray(String[]::new));
        String last = settings().get(LAST_CASE_FILE);
        caseFile.setText(last != null ? last : caseFiles.isEmpty() ? "Inbox" : caseFiles.get(0));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caseFile);

        new Label(area, SWT.NONE).setText("&Tags:");
        tags = new Text(area, SWT.BORDER);
        tags.setMessage("e.g. Tone/Positive, Theme/Pricing");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tags);

        Label noteLabel = new Label(area, SWT.NONE);
        noteLabel.setText("&Note:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(noteLabel);
        note = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(note);
        tags.setFocus();
        return area;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 159) + "\u2026";
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Clip", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        chosenCaseFile = caseFile.getText().isBlank() ? "Inbox" : caseFile.getText().strip();
        chosenTags = Arrays.stream(tags.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        chosenNote = note.getText().strip();
        settings().put(LAST_CASE_FILE, chosenCaseFile);
        super.okPressed();
    }

    private static IDialogSettings settings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(ClipDialog.class))
                .getDialogSettings();
        IDialogSettings section = root.getSection(TITLE);
        return section != null ? section : root.addNewSection(TITLE);
    }

    String caseFile() {
        return chosenCaseFile;
    }

    List<String> tags() {
        return chosenTags;
    }

    String note() {
        return chosenNote;
    }
}
