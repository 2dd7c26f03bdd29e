package dossier.casefile.ui;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Makes the {@link WorkspaceSession} a workbench service (extension point {@code org.eclipse.ui.services}): created at
 * the workbench's level on the first lookup; windows and part sites find it there.
 */
public final class WorkspaceSessionFactory extends AbstractServiceFactory {

    @Override
    public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        if (serviceInterface != WorkspaceSession.class || parentLocator.getService(WorkspaceSession.class) != null) {
            return null; // below the workbench, the locator takes the workbench's session from its parent
        }
        return WorkspaceSession.open(PlatformUI.getWorkbench());
    }
}
