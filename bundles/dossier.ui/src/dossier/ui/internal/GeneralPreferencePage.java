package dossier.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Dossier. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneralPreferencePage() {
        super(GRID);
        setDescription("General settings of the Dossier workbench.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Preferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(Preferences.CONFIRM_EXIT, "&Ask before exiting Dossier",
                getFieldEditorParent()));
    }
}
