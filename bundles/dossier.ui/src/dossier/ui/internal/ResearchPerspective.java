package dossier.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dossier.ui.DossierUI;

/**
 * The Research perspective: the Library on the left, readers in the middle, annotation views on the
 * right; below, search and sources beside progress, cross-references and the log.
 */
public final class ResearchPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(DossierUI.LIBRARY_VIEW, IPageLayout.LEFT, 0.3f, editors);
        IFolderLayout finding = layout.createFolder("dossier.ui.bottom", IPageLayout.BOTTOM, 0.6f, editors);
        finding.addView(DossierUI.SEARCH_VIEW);
        finding.addView(DossierUI.SOURCES_VIEW);
        IFolderLayout watching = layout.createFolder("dossier.ui.bottomRight", IPageLayout.RIGHT, 0.62f,
                "dossier.ui.bottom");
        watching.addView(DossierUI.PROGRESS_VIEW);
        watching.addView(DossierUI.CROSS_REFERENCES_VIEW);
        watching.addView(DossierUI.ERROR_LOG_VIEW);
        String above = editors;
        for (int i = 0; i < DossierUI.PERSPECTIVE_ANNOTATIONS.length; i++) {
            String view = DossierUI.ANNOTATION_VIEW + ":" + DossierUI.PERSPECTIVE_ANNOTATIONS[i];
            if (i == 0) {
                layout.addView(view, IPageLayout.RIGHT, 0.64f, editors);
            } else {
                layout.addView(view, IPageLayout.BOTTOM, 0.5f, above);
            }
            above = view;
        }
        layout.addShowViewShortcut(DossierUI.LIBRARY_VIEW);
        layout.addShowViewShortcut(DossierUI.PROGRESS_VIEW);
        layout.addShowViewShortcut(DossierUI.ERROR_LOG_VIEW);
    }
}
