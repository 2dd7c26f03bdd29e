package dossier.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dossier.ui.DossierUI;

/**
 * The Research perspective: the Library on the left, readers in the middle, annotation views on the
 * right; below, search and sources beside progress, cross-references and the log. This lays out the
 * folders; the bundles that own the views place them in the folders (their perspective extensions).
 */
public final class ResearchPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.createPlaceholderFolder(DossierUI.LEFT_FOLDER, IPageLayout.LEFT, 0.3f, editors);
        layout.createPlaceholderFolder(DossierUI.BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.6f, editors);
        layout.createFolder(DossierUI.BOTTOM_RIGHT_FOLDER, IPageLayout.RIGHT, 0.62f, DossierUI.BOTTOM_FOLDER)
                .addView(DossierUI.PROGRESS_VIEW);
        layout.createPlaceholderFolder(DossierUI.RIGHT_FOLDER, IPageLayout.RIGHT, 0.64f, editors);
    }
}
