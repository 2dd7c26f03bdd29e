package dossier.index;

import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import dossier.casefile.ResearchWorkspace;
import dossier.model.Ids;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.SavedSearch;

/**
 * The saved searches of a workspace, for the {@code search} command, the Search view and the Library: listed from the
 * model, changed through the workspace's command stack (undoable), run on its {@link SearchIndex}.
 */
public final class SavedSearches {

    private final ResearchWorkspace workspace;

    private SavedSearches(ResearchWorkspace workspace) {
        this.workspace = workspace;
    }

    public static SavedSearches of(ResearchWorkspace workspace) {
        return new SavedSearches(workspace);
    }

    /** The saved searches, in the model's order. */
    public List<SavedSearch> list() {
        return workspace.readModel(() -> List.copyOf(workspace.model().getSavedSearches()));
    }

    /** The saved search of this name, ignoring case. */
    public Optional<SavedSearch> named(String name) {
        return list().stream().filter(s -> s.getName().equalsIgnoreCase(name)).findFirst();
    }

    /** The saved search of this id. */
    public Optional<SavedSearch> withId(String id) {
        return list().stream().filter(s -> s.getId().equals(id)).findFirst();
    }

    /** Saves a query under a name, replacing the query of a search of that name; returns the saved search. */
    public SavedSearch save(String name, String query) {
        Optional<SavedSearch> existing = named(name);
        if (existing.isPresent()) {
            execute(new SetCommand(workspace.editingDomain(), existing.get(), Literals.SAVED_SEARCH__QUERY, query));
            return existing.get();
        }
        SavedSearch search = CasefileFactory.eINSTANCE.createSavedSearch();
        search.setId(Ids.newId());
        search.setName(name);
        search.setQuery(query);
        search.setCreated(new Date());
        search.setLastRun(new Date());
        execute(new AddCommand(workspace.editingDomain(), workspace.model(), Literals.WORKSPACE_MODEL__SAVED_SEARCHES,
                search));
        return search;
    }

    public void rename(SavedSearch search, String name) {
        execute(new SetCommand(workspace.editingDomain(), search, Literals.SAVED_SEARCH__NAME, name));
    }

    public void delete(SavedSearch search) {
        execute(new RemoveCommand(workspace.editingDomain(), workspace.model(),
                Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
    }

    /** Records that the search ran now (what {@link #newSinceLastRun} counts from). */
    public void ran(SavedSearch search) {
        execute(new SetCommand(workspace.editingDomain(), search, Literals.SAVED_SEARCH__LAST_RUN, new Date()));
    }

    /** How many items the search finds now. */
    public long count(SavedSearch search) throws QuerySyntaxException, IOException {
        return index().search(SearchRequest.of(search.getQuery()).withLimit(1)).totalHits();
    }

    /** How many of its items were captured since it last ran; -1 if it never ran or does not parse. */
    public long newSinceLastRun(SavedSearch search) throws IOException {
        if (search.getLastRun() == null) {
            return -1;
        }
        String query = search.getQuery();
        String since = search.getLastRun().toInstant().toString();
        String scoped = (query == null || query.isBlank() ? "" : "(" + query + ") AND ") + "captured:{" + since + " TO *]";
        try {
            return index().search(SearchRequest.of(scoped).withLimit(1)).totalHits();
        } catch (QuerySyntaxException e) {
            return -1;
        }
    }

    /** The index, opened (a rebuild it needs running in the background) if it was not. */
    private SearchIndex index() throws IOException {
        return SearchIndex.of(workspace, SearchIndex.Rebuild.BACKGROUND, SearchIndex.Progress.NONE);
    }

    private void execute(Command command) {
        workspace.editingDomain().getCommandStack().execute(command);
    }
}
