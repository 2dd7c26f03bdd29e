package dossier.casefile.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Shows what to do in the editor area while no case file or item is open in it: a hint laid over
 * the empty tab folder of the editor area, hidden while an editor is open.
 */
public final class EditorAreaHint implements IStartup {

    static final String TITLE = "No case file or item is open";
    static final String TEXT = "Double-click a case file in the Library to work on its clips, notes and"
            + " cross-references, or one of its items to read and clip it.\n\n"
            + "File > Import Files... (Ctrl+I) brings in articles saved as text, Markdown or HTML.";
    /** Holds the hint on the editor area's tab folder once it is installed there. */
    static final String DATA_KEY = EditorAreaHint.class.getName();
    private static final String EDITOR_STACK_TAG = "EditorStack";

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                install(window);
            }
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    install(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                    install(window);
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                    // installed already
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                    // its widgets are gone
                }
            });
        });
    }

    private static void install(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null) {
            return;
        }
        for (MPartStack stack : models.findElements(model, null, MPartStack.class, List.of(EDITOR_STACK_TAG),
                EModelService.ANYWHERE)) {
            if (stack.getWidget() instanceof CTabFolder folder && folder.getData(DATA_KEY) == null) {
                Composite hint = createHint(folder);
                folder.setData(DATA_KEY, hint);
                Runnable update = () -> update(folder, hint);
                Display display = folder.getDisplay();
                folder.addListener(SWT.Resize, event -> update.run());
                window.getPartService().addPartListener(new IPartListener2() {
                    @Override
                    public void partOpened(IWorkbenchPartReference part) {
                        display.asyncExec(update);
                    }

                    @Override
                    public void partClosed(IWorkbenchPartReference part) {
                        display.asyncExec(update);
                    }
                });
                update.run();
            }
        }
    }

    private static Composite createHint(CTabFolder folder) {
        Composite hint = new Composite(folder, SWT.NONE);
        hint.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(32, 32).spacing(0, 12).applyTo(hint);
        Label title = new Label(hint, SWT.WRAP);
        title.setText(TITLE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(title);
        Label text = new Label(hint, SWT.WRAP);
        text.setText(TEXT);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return hint;
    }

    private static void update(CTabFolder folder, Composite hint) {
        if (folder.isDisposed() || hint.isDisposed()) {
            return;
        }
        boolean empty = folder.getItemCount() == 0;
        if (empty) {
            hint.setBounds(folder.getClientArea());
            hint.moveAbove(null);
            hint.layout();
        }
        hint.setVisible(empty);
    }
}
