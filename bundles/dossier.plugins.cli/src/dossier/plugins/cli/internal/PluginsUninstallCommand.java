package dossier.plugins.cli.internal;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.plugins.PluginException;
import dossier.plugins.PluginRecords;
import dossier.plugins.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Uninstall a feature you installed (dossier plugins list shows them). Dossier's own features stay.")
public final class PluginsUninstallCommand implements DossierCommand {

    @Parameters(paramLabel = "FEATURE-ID", description = "The feature to uninstall")
    private String feature;

    @Override
    public int run(CommandContext context) throws Exception {
        try {
            String version = Plugins.forRunningDossier(PluginRecords.forThisUser()).uninstall(feature, new NullProgressMonitor());
            context.out().println("uninstalled " + Plugins.featureId(feature) + " " + version + "; restart Dossier to finish");
            return 0;
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
