package dossier.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.index.QuerySyntaxException;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.casefile.SavedSearch;
import dossier.model.casefile.Source;

/** The items a publish takes: a case file's, a source's, a saved search's results, or all of the workspace's. */
public final class PublishSelection {

    /** The most results a saved search publishes at once (the local index's largest page). */
    public static final int SAVED_SEARCH_LIMIT = 1000;

    private PublishSelection() {
    }

    public static List<String> caseFile(ResearchWorkspace workspace, String name) throws TeamException {
        return workspace.readModel(() -> workspace.caseFile(name).map(c -> List.copyOf(c.getItemIds())))
                .orElseThrow(() -> new TeamException("no case file named '" + name + "'"));
    }

    public static List<String> source(ResearchWorkspace workspace, String name) throws TeamException, IOException {
        Source source = workspace.source(name).orElseThrow(() -> new TeamException("no source named '" + name + "'"));
        return List.copyOf(workspace.service(SourceItems.class).items(source.getId()));
    }

    /** The saved search's results (near-duplicates included), at most {@value #SAVED_SEARCH_LIMIT} of them. */
    public static List<String> savedSearch(ResearchWorkspace workspace, String name) throws TeamException,
            IOException {
        SavedSearch saved = SavedSearches.of(workspace).named(name)
                .orElseThrow(() -> new TeamException("no saved search named '" + name + "'"));
        try {
            SearchResults results = SearchIndex.of(workspace).search(new SearchRequest(saved.getQuery(),
                    SearchRequest.Order.DATE, SAVED_SEARCH_LIMIT, false, List.of()));
            Set<String> ids = new LinkedHashSet<>();
            for (SearchResults.Hit hit : results.hits()) {
                ids.add(hit.id());
                ids.addAll(hit.duplicates());
            }
            return List.copyOf(ids);
        } catch (QuerySyntaxException e) {
            throw new TeamException("the saved search '" + name + "' does not parse: " + e.getMessage());
        }
    }

    public static List<String> all(ResearchWorkspace workspace) throws IOException {
        List<String> ids = new ArrayList<>(workspace.store().size());
        workspace.store().forEachItem(item -> ids.add(item.id()));
        return ids;
    }
}
