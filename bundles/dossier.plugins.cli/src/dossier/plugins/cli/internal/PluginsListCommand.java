package dossier.plugins.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.core.doctor.UnresolvedBundles;
import dossier.plugins.PluginException;
import dossier.plugins.PluginRecords;
import dossier.plugins.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = { "List the installed features: Dossier's own and the plugins you installed (with their update site).",
        "Also lists plugin bundles that did not resolve (left out, with the reason) and recorded plugins that are"
                + " missing (restored at the next start)." })
public final class PluginsListCommand implements DossierCommand {

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) throws Exception {
        PluginRecords records = PluginRecords.forThisUser();
        List<Plugins.Feature> features;
        try {
            features = Plugins.forRunningDossier(records).features(new NullProgressMonitor());
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        Map<String, String> sites = records.list().stream()
                .collect(Collectors.toMap(PluginRecords.Installed::feature, PluginRecords.Installed::repository));
        Set<String> present = features.stream().map(Plugins.Feature::id).collect(Collectors.toSet());
        List<String> missing = sites.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();
        List<UnresolvedBundles.Problem> unresolved = UnresolvedBundles
                .find(FrameworkUtil.getBundle(PluginsListCommand.class).getBundleContext());
        if (json.isSet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("features", features);
            result.put("userSites", sites);
            result.put("missing", missing);
            result.put("unresolved", unresolved);
            context.printJson(result);
        } else {
            for (Plugins.Feature feature : features) {
                context.out().printf("%-45s %-26s %s%n", feature.id(), feature.version(),
                        feature.installedByUser() ? "installed by you from " + sites.get(feature.id()) : "part of Dossier");
            }
            for (String id : missing) {
                context.out().printf("%-45s %-26s %s%n", id, "missing", "installed by you from " + sites.get(id)
                        + "; restored at the next start (or dossier plugins reconcile)");
            }
            for (UnresolvedBundles.Problem problem : unresolved) {
                context.out().println("left out, did not resolve: " + problem);
            }
        }
        return 0;
    }
}
