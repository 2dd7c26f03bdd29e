package dossier.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.ui.IWorkbenchPage;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.ui.library.LibraryGroup;
import dossier.casefile.ui.library.ModelWatch;
import dossier.index.QuerySyntaxException;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.SavedSearch;
import dossier.search.ui.SearchUI;

/** The Library's "Saved searches": each with how many items it finds now; opening one runs it in the Search view. */
public final class SavedSearchesLibraryGroup implements LibraryGroup {

    @Override
    public List<Entry> entries(ResearchWorkspace workspace) throws Exception {
        SavedSearches saved = SavedSearches.of(workspace);
        List<Entry> entries = new ArrayList<>();
        for (SavedSearch search : saved.list()) {
            String found;
            try {
                long hits = saved.count(search);
                found = String.format(Locale.ROOT, "%,d item%s", hits, hits == 1 ? "" : "s");
            } catch (QuerySyntaxException e) {
                found = "the query does not parse: " + e.getMessage();
            }
            entries.add(new Entry(search.getId(), search.getName(), search.getQuery() + ", " + found));
        }
        return entries;
    }

    /** The counts change when the saved searches do (added, removed, edited) and when the index took items. */
    @Override
    public Runnable watch(ResearchWorkspace workspace, Runnable stale) {
        Runnable searches = ModelWatch.watch(workspace, Literals.WORKSPACE_MODEL__SAVED_SEARCHES, stale);
        Runnable indexed = SearchIndex.whenIndexed(workspace, stale);
        return () -> {
            searches.run();
            indexed.run();
        };
    }

    @Override
    public void open(IWorkbenchPage page, ResearchWorkspace workspace, Entry entry) throws Exception {
        SavedSearch search = SavedSearches.of(workspace).withId(entry.id()).orElseThrow(() -> new IllegalStateException("the saved search is no longer there"));
        ((SearchView) page.showView(SearchUI.SEARCH_VIEW)).search(search.getQuery());
    }
}
