package dossier.casefile;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dossier.model.Ids;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;
import dossier.model.casefile.WorkspaceModel;

/** The workspace's sources of material and the record of their fetches. */
final class SourceRecords {

    private final ResearchWorkspace workspace;
    private final EditingDomain domain;
    private final WorkspaceModel model;

    SourceRecords(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.domain = workspace.editingDomain();
        this.model = workspace.model();
    }

    Source addSource(String connectorId, String name, Map<String, String> parameters, String schedule) {
        if (source(name).isPresent()) {
            throw new IllegalArgumentException("a source named '" + name + "' exists");
        }
        Source source = CasefileFactory.eINSTANCE.createSource();
        source.setId(Ids.newId());
        source.setConnectorId(connectorId);
        source.setName(name);
        source.getParameters().putAll(parameters);
        source.setSchedule(schedule);
        workspace.execute(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__SOURCES, source));
        return source;
    }

    Optional<Source> source(String idOrName) {
        return model.getSources().stream().filter(s -> s.getId().equals(idOrName)).findFirst()
                .or(() -> model.getSources().stream().filter(s -> s.getName().equalsIgnoreCase(idOrName)).findFirst());
    }

    void removeSource(Source source) {
        workspace.execute(new RemoveCommand(domain, model, Literals.WORKSPACE_MODEL__SOURCES, source));
    }

    void recordFetch(Source source, boolean ok, String message, int itemCount) {
        FetchResult result = CasefileFactory.eINSTANCE.createFetchResult();
        result.setTime(new Date());
        result.setOk(ok);
        result.setMessage(XmlText.safe(message));
        result.setItemCount(itemCount);
        workspace.execute(new SetCommand(domain, source, Literals.SOURCE__LAST_FETCH, result));
    }
}
