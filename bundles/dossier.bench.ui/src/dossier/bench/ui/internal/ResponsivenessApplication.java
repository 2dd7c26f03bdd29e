package dossier.bench.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Dossier's own workbench application, with a {@link ResponsivenessDriver} running the main commands once the
 * window is up and writing what it measured to the file named by {@value #REPORT_PROPERTY}.
 */
public final class ResponsivenessApplication implements IApplication {

    static final String REPORT_PROPERTY = "dossier.bench.ui.report";
    private static final String WORKBENCH_APPLICATION = "dossier.ui.application";

    private IApplication workbench;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null) {
            throw new IllegalStateException("-D" + REPORT_PROPERTY + "=FILE is missing: run it as 'dossier bench ui'");
        }
        workbench = workbenchApplication();
        Thread driver = new Thread(new ResponsivenessDriver(Path.of(report)), "Responsiveness driver");
        driver.setDaemon(true);
        driver.start();
        return workbench.start(context);
    }

    private static IApplication workbenchApplication() throws CoreException {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.applications")) {
            if (WORKBENCH_APPLICATION.equals(element.getDeclaringExtension().getUniqueIdentifier())) {
                for (IConfigurationElement run : element.getChildren("run")) {
                    return (IApplication) run.createExecutableExtension("class");
                }
            }
        }
        throw new IllegalStateException("the workbench application " + WORKBENCH_APPLICATION + " is not installed");
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.stop();
        }
    }
}
