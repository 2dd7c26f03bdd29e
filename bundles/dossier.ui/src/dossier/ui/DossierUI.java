package dossier.ui;

/** Identifiers of Dossier's workbench parts, for other bundles and for tests. */
public final class DossierUI {

    public static final String PLUGIN_ID = "dossier.ui";
    public static final String RESEARCH_PERSPECTIVE = "dossier.ui.researchPerspective";
    public static final String LIBRARY_VIEW = "dossier.ui.libraryView";
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";
    public static final String SEARCH_VIEW = "dossier.search.ui.searchView";
    public static final String SOURCES_VIEW = "dossier.connector.ui.sourcesView";
    public static final String CROSS_REFERENCES_VIEW = "dossier.casefile.ui.crossReferencesView";
    /** The view that hosts contributed annotation views; each is opened with the contribution's id as secondary id. */
    public static final String ANNOTATION_VIEW = "dossier.casefile.ui.annotationView";
    /** The annotation views the Research perspective shows. */
    public static final String[] PERSPECTIVE_ANNOTATIONS = { "dossier.annotations.clips", "dossier.annotations.mentions" };

    private DossierUI() {
    }
}
