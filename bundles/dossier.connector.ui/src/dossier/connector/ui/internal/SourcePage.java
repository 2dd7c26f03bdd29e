package dossier.connector.ui.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dossier.connector.ConnectorDescriptor;
import dossier.casefile.Intake;

/**
 * The New Source wizard's second page, built from the chosen connector's parameter schema: a
 * field per parameter (its description as the hint, its default filled in), the name, the case
 * file the items go to, and the schedule. Problems show as the page's message; Finish waits until
 * there are none.
 */
final class SourcePage extends WizardPage {

    /** What the page says about the source. */
    record Values(String name, Map<String, String> parameters, String schedule) {
    }

    /** How the source looks when the page opens: a new one has the connector's defaults. */
    record Start(String name, Map<String, String> parameters, String schedule) {
    }

    private final List<String> caseFiles;
    private final NameCheck names;
    private ConnectorDescriptor connector;
    private Composite page;
    private Composite fields;
    private Text name;
    private final Map<String, Text> parameterFields = new LinkedHashMap<>();
    private Combo caseFile;
    private Button manual;
    private Button every;
    private Spinner interval;
    private Combo unit;

    /** Says why a name is taken, or null. */
    interface NameCheck {
        String problem(String name);
    }

    SourcePage(List<String> caseFiles, NameCheck names) {
        super("source");
        this.caseFiles = caseFiles;
        this.names = names;
        setTitle("Source");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        setControl(page);
    }

    /** Builds the fields for a connector; call before the page shows. The same connector again keeps what was typed. */
    void show(ConnectorDescriptor shown, Start values) {
        if (shown == connector) {
            return;
        }
        connector = shown;
        setTitle(shown.label() + " Source");
        setDescription(shown.description());
        if (fields != null) {
            fields.dispose();
        }
        parameterFields.clear();
        fields = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fields);
        name = field("&Name:", values.name(), "Named after the address if left empty");
        for (ConnectorDescriptor.Parameter parameter : shown.parameters()) {
            String value = values.parameters().getOrDefault(parameter.name(),
                    parameter.defaultValue() == null ? "" : parameter.defaultValue());
            String label = parameter.label() + (parameter.required() ? " *:" : ":");
            String hint = parameter.description() == null ? "" : parameter.description();
            Text text = parameter.type() == ConnectorDescriptor.Type.FILE ? fileField(label, value, hint)
                    : field(label, value, hint);
            text.setData("parameter", parameter.name());
            parameterFields.put(parameter.name(), text);
        }
        label("&Case file:");
        caseFile = new Combo(fields, SWT.DROP_DOWN);
        caseFile.setItems(caseFiles.toArray(String[]::new));
        caseFile.setText(values.parameters().getOrDefault(Intake.CASE_PARAMETER, ""));
        caseFile.setToolTipText("Where the items go; the Inbox if left empty. A new name makes a new case file.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caseFile);
        caseFile.addModifyListener(e -> validate());
        createScheduleFields(Schedule.parse(values.schedule()));
        page.layout(true, true);
        validate();
    }

    private void createScheduleFields(Schedule schedule) {
        label("Refresh:");
        Composite choices = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(choices);
        manual = new Button(choices, SWT.RADIO);
        manual.setText("&Only when asked (Refresh Now)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(manual);
        every = new Button(choices, SWT.RADIO);
        every.setText("&Every");
        interval = new Spinner(choices, SWT.BORDER);
        interval.setValues(schedule.manual() ? 1 : schedule.every(), 1, 999, 0, 1, 10);
        unit = new Combo(choices, SWT.READ_ONLY);
        for (Schedule.Unit each : Schedule.Unit.values()) {
            unit.add(each.label);
        }
        unit.select(schedule.unit().ordinal());
        manual.setSelection(schedule.manual());
        every.setSelection(!schedule.manual());
    }

    private Text field(String label, String value, String hint) {
        label(label);
        return text(fields, value, hint, 360);
    }

    /** A single-line field, validated as it is typed. */
    private Text text(Composite parent, String value, String hint, int width) {
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(value == null ? "" : value);
        text.setMessage(hint);
        text.setToolTipText(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    /** A path field with Browse... (a file) and Folder... (a folder) beside it. */
    private Text fileField(String label, String value, String hint) {
        label(label);
        Composite row = new Composite(fields, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        Text text = text(row, value, hint, 240);
        Button file = new Button(row, SWT.PUSH);
        file.setText("&Browse...");
        file.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFileName(text.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        Button folder = new Button(row, SWT.PUSH);
        folder.setText("F&older...");
        folder.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(text.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    private void label(String text) {
        Label label = new Label(fields, SWT.NONE);
        label.setText(text);
    }

    private void validate() {
        String problem = null;
        for (ConnectorDescriptor.Parameter parameter : connector.parameters()) {
            problem = parameter.problem(parameterFields.get(parameter.name()).getText());
            if (problem != null) {
                break;
            }
        }
        if (problem == null) {
            problem = names.problem(values().name());
        }
        boolean missing = problem != null && problem.endsWith(" is required");
        setErrorMessage(missing ? null : problem);
        setMessage(missing ? problem + "." : null);
        setPageComplete(problem == null);
    }

    /** The fields as the source's name, parameters (case file included) and schedule. */
    Values values() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameterFields.forEach((parameter, text) -> {
            if (!text.getText().isBlank()) {
                parameters.put(parameter, text.getText().strip());
            }
        });
        if (!caseFile.getText().isBlank()) {
            parameters.put(Intake.CASE_PARAMETER, caseFile.getText().strip());
        }
        Schedule schedule = manual.getSelection() ? Schedule.MANUAL
                : new Schedule(interval.getSelection(), Schedule.Unit.values()[unit.getSelectionIndex()]);
        String given = name.getText().strip();
        return new Values(given.isEmpty() ? nameFrom(parameters) : given, parameters, schedule.iso());
    }

    /** A name from the first parameter given: an address's host and path, or the value. */
    private String nameFrom(Map<String, String> parameters) {
        String first = parameters.values().stream().findFirst().orElse("");
        try {
            URI uri = URI.create(first);
            return uri.getHost() == null ? first : uri.getHost() + (uri.getPath() == null ? "" : uri.getPath());
        } catch (IllegalArgumentException e) {
            return first;
        }
    }
}
