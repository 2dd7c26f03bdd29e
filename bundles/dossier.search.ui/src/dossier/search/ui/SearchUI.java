package dossier.search.ui;

/** Identifiers of the Search view and its command, for other bundles (they need no dependency on this one). */
public final class SearchUI {

    public static final String PLUGIN_ID = "dossier.search.ui";
    public static final String SEARCH_VIEW = "dossier.search.ui.searchView";
    /** Opens the Search view; with the {@link #QUERY_PARAMETER} it runs that query. */
    public static final String SEARCH_COMMAND = "dossier.search.ui.search";
    public static final String QUERY_PARAMETER = "query";

    private SearchUI() {
    }
}
