package dossier.ui;

/**
 * Identifiers of Dossier's workbench: its perspective, the folders of that perspective, the platform views it
 * shows. The bundles above this one place their views in the folders through {@code org.eclipse.ui.perspectiveExtensions}
 * ({@code relationship="stack"}, {@code relative} a folder's id).
 */
public final class DossierUI {

    public static final String PLUGIN_ID = "dossier.ui";
    public static final String RESEARCH_PERSPECTIVE = "dossier.ui.researchPerspective";
    /** Left of the editors: the Library. */
    public static final String LEFT_FOLDER = "dossier.ui.left";
    /** Right of the editors: the annotation views. */
    public static final String RIGHT_FOLDER = "dossier.ui.right";
    /** Below the editors: finding material (search, sources). */
    public static final String BOTTOM_FOLDER = "dossier.ui.bottom";
    /** Right of {@link #BOTTOM_FOLDER}: watching what happens (progress first, then cross-references and the log). */
    public static final String BOTTOM_RIGHT_FOLDER = "dossier.ui.bottomRight";
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

    private DossierUI() {
    }
}
