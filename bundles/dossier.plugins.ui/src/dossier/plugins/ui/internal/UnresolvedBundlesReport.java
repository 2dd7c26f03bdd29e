package dossier.plugins.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.osgi.framework.FrameworkUtil;

import dossier.core.doctor.UnresolvedBundles;

/** Puts each plugin bundle that did not resolve into the Error Log at startup: which bundle and why. */
public final class UnresolvedBundlesReport implements IStartup {

    @Override
    public void earlyStartup() {
        ILog log = ILog.of(UnresolvedBundlesReport.class);
        for (UnresolvedBundles.Problem problem : UnresolvedBundles
                .find(FrameworkUtil.getBundle(UnresolvedBundlesReport.class).getBundleContext())) {
            log.log(new Status(IStatus.WARNING, "dossier.plugins.ui", "Plugin bundle " + problem.bundle() + " "
                    + problem.version() + " did not resolve; Dossier runs without it: " + problem.reason()));
        }
    }
}
