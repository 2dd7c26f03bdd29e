package dossier.connector.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;

import dossier.casefile.ResearchWorkspace;
import dossier.connector.ConnectorDescriptor;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Source;

/**
 * New Source (pick a connector, then fill in its parameters) and Edit Source (the second page
 * only). Both change the workspace through its command stack, so Edit &gt; Undo takes them back.
 */
final class SourceWizard extends Wizard {

    private final ResearchWorkspace workspace;
    private final Source editing;
    private final ConnectorPage connectors;
    private final SourcePage source;
    private final ConnectorDescriptor fixedConnector;

    /** A wizard that adds a source of one of the connectors. */
    static SourceWizard adding(ResearchWorkspace workspace, List<ConnectorDescriptor> connectors) {
        return new SourceWizard(workspace, connectors, null, null);
    }

    /** A wizard that edits a source of an installed connector. */
    static SourceWizard editing(ResearchWorkspace workspace, ConnectorDescriptor connector, Source source) {
        return new SourceWizard(workspace, List.of(), connector, source);
    }

    private SourceWizard(ResearchWorkspace workspace, List<ConnectorDescriptor> connectorList,
            ConnectorDescriptor fixedConnector, Source editing) {
        this.workspace = workspace;
        this.editing = editing;
        this.fixedConnector = fixedConnector;
        setWindowTitle(editing == null ? "New Source" : "Edit Source");
        connectors = editing == null ? new ConnectorPage(connectorList) : null;
        List<String> caseFiles = workspace.caseFiles().stream().map(CaseFile::getTitle).toList();
        source = new SourcePage(caseFiles, this::nameProblem);
    }

    @Override
    public void addPages() {
        if (connectors != null) {
            addPage(connectors);
        }
        addPage(source);
    }

    @Override
    public void createPageControls(Composite pageContainer) {
        super.createPageControls(pageContainer);
        if (editing != null) {
            source.show(fixedConnector, new SourcePage.Start(editing.getName(), Map.copyOf(editing.getParameters()),
                    editing.getSchedule()));
        }
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == connectors && connectors.chosen() != null) {
            source.show(connectors.chosen(), new SourcePage.Start("", Map.of(), null));
            return source;
        }
        return null;
    }

    @Override
    public boolean canFinish() {
        return source.isPageComplete() && (connectors == null || getContainer().getCurrentPage() == source);
    }

    private String nameProblem(String name) {
        if (name.isBlank()) {
            return "The source needs a name";
        }
        return workspace.source(name).filter(other -> other != editing).isPresent()
                ? "A source named '" + name + "' exists" : null;
    }

    @Override
    public boolean performFinish() {
        SourcePage.Values values = source.values();
        if (editing == null) {
            workspace.addSource(connectors.chosen().id(), values.name(), values.parameters(), values.schedule());
        } else {
            update(values);
        }
        return true;
    }

    /** Changes the source as one undoable command. */
    private void update(SourcePage.Values values) {
        EditingDomain domain = workspace.editingDomain();
        CompoundCommand change = new CompoundCommand("edit source " + editing.getName());
        change.append(SetCommand.create(domain, editing, Literals.SOURCE__NAME, values.name()));
        change.append(SetCommand.create(domain, editing, Literals.SOURCE__SCHEDULE, values.schedule()));
        if (!editing.getParameters().equals(values.parameters())) {
            List<?> entries = List.copyOf((List<?>) editing.eGet(Literals.SOURCE__PARAMETERS));
            if (!entries.isEmpty()) {
                change.append(RemoveCommand.create(domain, editing, Literals.SOURCE__PARAMETERS, entries));
            }
            List<EObject> added = values.parameters().entrySet().stream().map(entry -> {
                EObject parameter = EcoreUtil.create(Literals.PARAMETER);
                parameter.eSet(Literals.PARAMETER__KEY, entry.getKey());
                parameter.eSet(Literals.PARAMETER__VALUE, entry.getValue());
                return parameter;
            }).toList();
            if (!added.isEmpty()) {
                change.append(AddCommand.create(domain, editing, Literals.SOURCE__PARAMETERS, added));
            }
        }
        domain.getCommandStack().execute(change);
    }
}
