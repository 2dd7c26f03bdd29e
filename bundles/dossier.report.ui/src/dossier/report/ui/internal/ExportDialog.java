package dossier.report.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dossier.model.casefile.Board;
import dossier.model.casefile.CaseFile;
import dossier.report.ExportFormat;

/**
 * Asks which case file to export, in which format, to which file, and which of the workspace's boards to include as
 * charts (HTML and PDF reports).
 */
final class ExportDialog extends Dialog {

    static final String TITLE = "Export Case File";
    static final String NO_BOARDS = "This workspace has no boards: Search > New Board... makes one, whose charts"
            + " can then go into the report.";

    private final List<CaseFile> caseFiles;
    private final CaseFile initial;
    private final List<Board> boards;
    private Combo caseFileCombo;
    private Table boardTable;
    private Combo formatCombo;
    private Text fileText;
    private Label problem;
    private CaseFile caseFile;
    private ExportFormat format;
    private Path file;
    private List<Board> chosenBoards = List.of();

    ExportDialog(Shell parent, List<CaseFile> caseFiles, CaseFile initial, List<Board> boards) {
        super(parent);
        this.caseFiles = caseFiles;
        this.boards = boards;
        this.initial = initial != null ? initial : caseFiles.isEmpty() ? null : caseFiles.get(0);
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
        new Label(area, SWT.NONE).setText("&Case file:");
        caseFileCombo = new Combo(area, SWT.READ_ONLY);
        caseFiles.forEach(c -> caseFileCombo.add(c.getTitle()));
        caseFileCombo.select(caseFiles.indexOf(initial));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(caseFileCombo);

        new Label(area, SWT.NONE).setText("&Format:");
        formatCombo = new Combo(area, SWT.READ_ONLY);
        for (ExportFormat each : ExportFormat.values()) {
            formatCombo.add(each.label());
        }
        formatCombo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(formatCombo);

        Label boardLabel = new Label(area, SWT.NONE);
        boardLabel.setText("&Boards:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(boardLabel);
        if (boards.isEmpty()) {
            Label hint = new Label(area, SWT.WRAP);
            hint.setText(NO_BOARDS);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(hint);
        } else {
            boardTable = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            boardTable.setToolTipText("The checked boards' panels go into the report as charts, after its header");
            boards.forEach(b -> new TableItem(boardTable, SWT.NONE).setText(b.getName()));
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, boardTable.getItemHeight()
                    * Math.min(boards.size(), 5)).applyTo(boardTable);
        }

        new Label(area, SWT.NONE).setText("F&ile:");
        fileText = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(problem);

        fileText.setText(defaultFile().toString());
        caseFileCombo.addListener(SWT.Selection, e -> fileText.setText(withName(fileText.getText())));
        formatCombo.addListener(SWT.Selection, e -> {
            fileText.setText(withExtension(fileText.getText()));
            validate();
        });
        fileText.addListener(SWT.Modify, e -> validate());
        if (boardTable != null) {
            boardTable.addListener(SWT.Selection, e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private ExportFormat selectedFormat() {
        return ExportFormat.values()[Math.max(0, formatCombo.getSelectionIndex())];
    }

    private Path defaultFile() {
        String name = initial == null ? "case-file" : fileName(initial.getTitle());
        return Path.of(System.getProperty("user.home"), name + "." + selectedFormat().extension());
    }

    /** A case file's title made safe as a file name. */
    private static String fileName(String title) {
        String safe = title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
        return safe.isEmpty() ? "case-file" : safe;
    }

    private String withName(String current) {
        int index = caseFileCombo.getSelectionIndex();
        if (index < 0 || current.isBlank()) {
            return current;
        }
        Path path = Path.of(current.strip());
        Path folder = path.getParent() == null ? Path.of(System.getProperty("user.home")) : path.getParent();
        return folder.resolve(fileName(caseFiles.get(index).getTitle()) + "." + selectedFormat().extension())
                .toString();
    }

    private String withExtension(String current) {
        String stripped = current.strip();
        for (ExportFormat each : ExportFormat.values()) {
            if (stripped.endsWith("." + each.extension())) {
                return stripped.substring(0, stripped.length() - each.extension().length())
                        + selectedFormat().extension();
            }
        }
        return stripped.isEmpty() ? stripped : stripped + "." + selectedFormat().extension();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + selectedFormat().extension(), "*.*" });
        try {
            Path current = Path.of(fileText.getText().strip());
            if (current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
            }
            dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        } catch (InvalidPathException e) {
            dialog.setFileName("");
        }
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        String message = null;
        String text = fileText.getText().strip();
        if (caseFileCombo.getSelectionIndex() < 0) {
            message = "There is no case file to export.";
        } else if (!checkedBoards().isEmpty() && !selectedFormat().takesFigures()) {
            message = "Boards go into an HTML or PDF report; uncheck them for " + selectedFormat().label() + ".";
        } else if (text.isEmpty()) {
            message = "Choose the file to write.";
        } else {
            Path path;
            try {
                path = Path.of(text).toAbsolutePath();
            } catch (InvalidPathException e) {
                path = null;
            }
            if (path == null) {
                message = "That is not a file name.";
            } else if (Files.isDirectory(path)) {
                message = "That is a folder; give a file name.";
            } else if (!Files.isDirectory(path.getParent())) {
                message = "The folder " + path.getParent() + " does not exist.";
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
        caseFile = caseFiles.get(caseFileCombo.getSelectionIndex());
        format = selectedFormat();
        chosenBoards = checkedBoards();
        file = Path.of(fileText.getText().strip()).toAbsolutePath();
        super.okPressed();
    }

    private List<Board> checkedBoards() {
        return boardTable == null ? List.of() : Arrays.stream(boardTable.getItems()).filter(TableItem::getChecked)
                .map(i -> boards.get(boardTable.indexOf(i))).toList();
    }

    /** The boards whose charts go into the report, in the workspace's order. */
    List<Board> boards() {
        return chosenBoards;
    }

    CaseFile caseFile() {
        return caseFile;
    }

    ExportFormat format() {
        return format;
    }

    Path file() {
        return file;
    }
}
