package dossier.plugins.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.core.product.ProductInfo;
import dossier.plugins.PluginException;
import dossier.plugins.PluginRecords;
import dossier.plugins.Plugins;
import dossier.plugins.ProfileStates;
import picocli.CommandLine.Command;

@Command(description = { "Reinstall the plugins you installed that this Dossier lacks: after a newer Dossier was unpacked"
        + " over the old one, its files no longer list them.",
        "Each comes from its copy in ~/.dossier/plugins, else from its update site. The dossier launcher runs this when"
                + " a recorded plugin bundle is missing; one line per plugin; exit 1 if one could not be restored." })
public final class PluginsReconcileCommand implements DossierCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        PluginRecords records = PluginRecords.forThisUser();
        Optional<Path> states = ProfileStates.ofRunningDossier();
        if (states.isPresent()) {
            // before p2 reads the profile: the state of the Dossier unpacked last is the current one
            Set<String> configured = ProfileStates.configuredBundles();
            List<String> left = records.list().stream().flatMap(p -> p.bundles().stream())
                    .filter(b -> !configured.contains(b)).toList();
            for (Path stale : ProfileStates.supersedeStale(states.get(), List.of("dossier.core," + ProductInfo.version()), left)) {
                context.out().println("set aside the profile state of an older Dossier: " + stale.getFileName());
            }
        }
        List<Plugins.Reconciled> results;
        try {
            results = Plugins.forRunningDossier(records).reconcile(new NullProgressMonitor());
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        for (Plugins.Reconciled result : results) {
            context.out().println((result.restored() ? "restored " : "could not restore ") + result.feature()
                    + (result.restored() ? " " : ": ") + result.detail());
        }
        return results.stream().allMatch(Plugins.Reconciled::restored) ? 0 : 1;
    }
}
