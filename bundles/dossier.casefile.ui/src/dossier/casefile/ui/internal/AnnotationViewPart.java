package dossier.casefile.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dossier.casefile.ui.WorkspaceSession;
import dossier.casefile.ui.annotations.AnnotationView;
import dossier.casefile.ui.annotations.AnnotationViews;
import dossier.casefile.ui.annotations.ReaderItem;
import dossier.core.extensions.Contributions;

/**
 * Hosts one contributed annotation view (its id is this part's secondary id) and feeds it the
 * item of the active reader.
 */
public final class AnnotationViewPart extends ViewPart {

    public static final String ID = "dossier.casefile.ui.annotationView";

    private AnnotationView contribution;
    private ReaderEditor reader;
    private Image icon;
    private WorkspaceSession session;
    private final Runnable refresher = this::update;
    private final IPartListener2 readers = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof ReaderEditor editor && editor != reader) {
                follow(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == reader) {
                follow(getSite().getPage().getActiveEditor() instanceof ReaderEditor next ? next : null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        parent.setLayout(new FillLayout());
        String id = getViewSite().getSecondaryId();
        AnnotationViews.Descriptor descriptor = id == null ? null : AnnotationViews.find(id).orElse(null);
        if (descriptor == null) {
            new Label(parent, SWT.WRAP).setText("No annotation view '" + id + "' is installed.");
            return;
        }
        setPartName(descriptor.label());
        if (descriptor.icon() != null) {
            icon = ResourceLocator.imageDescriptorFromBundle(descriptor.contributor(), descriptor.icon())
                    .map(image -> image.createImage(false)).orElse(null);
            if (icon != null) {
                setTitleImage(icon);
            }
        }
        try {
            contribution = descriptor.create();
            contribution.createControl(parent);
        } catch (Contributions.Failure | RuntimeException e) {
            contribution = null;
            ILog.of(AnnotationViewPart.class).error(e.getMessage(), e);
            Label failed = new Label(parent, SWT.WRAP);
            failed.setText(e.getMessage());
            return;
        }
        getSite().getPage().addPartListener(readers);
        session.addChangeListener(refresher);
        follow(getSite().getPage().getActiveEditor() instanceof ReaderEditor editor ? editor : null);
    }

    private void follow(ReaderEditor editor) {
        if (reader != null) {
            reader.removeLoadListener(refresher);
        }
        reader = editor;
        if (reader != null) {
            reader.addLoadListener(refresher);
        }
        update();
    }

    private void update() {
        if (contribution == null) {
            return;
        }
        if (reader == null || !reader.isLoaded() || session.workspace() == null) {
            contribution.show(null);
            return;
        }
        ReaderEditor shown = reader;
        contribution.show(new ReaderItem(shown.itemId(), shown.getPartName(), shown.text(), shown.clips(),
                session.workspace(), offset -> {
                    getSite().getPage().activate(shown);
                    shown.reveal(offset);
                }));
    }

    @Override
    public void setFocus() {
        if (contribution != null) {
            contribution.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (contribution != null) {
            getSite().getPage().removePartListener(readers);
            session.removeChangeListener(refresher);
            if (reader != null) {
                reader.removeLoadListener(refresher);
            }
            contribution.dispose();
        }
        if (icon != null) {
            icon.dispose();
        }
        super.dispose();
    }
}
