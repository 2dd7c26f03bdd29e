package dossier.plugins.cli.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.plugins.PluginException;
import dossier.plugins.PluginRecords;
import dossier.plugins.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = { "Install a feature from a p2 update site, e.g. an extra connector:",
        "  dossier plugins install https://example.org/dossier/updates dossier.connector.hackernews.feature",
        "The plugin is recorded in ~/.dossier/plugins (with a copy of it), so that it survives unpacking a newer"
                + " Dossier over this one. It is available from the next start." })
public final class PluginsInstallCommand implements DossierCommand {

    @Parameters(index = "0", paramLabel = "REPO", description = "The update site: an http:, https: or file: URL, or a folder")
    private String repository;

    @Parameters(index = "1", paramLabel = "FEATURE-ID", description = "The feature to install, e.g. dossier.connector.hackernews.feature")
    private String feature;

    @Override
    public int run(CommandContext context) throws Exception {
        URI site = site(repository);
        try {
            PluginRecords.Installed installed = Plugins.forRunningDossier(PluginRecords.forThisUser()).install(site, feature,
                    new NullProgressMonitor());
            context.out().println("installed " + installed.feature() + " " + installed.version() + " from " + site
                    + " (" + installed.bundles().size() + " bundle" + (installed.bundles().size() == 1 ? "" : "s")
                    + "); restart Dossier to use it");
            return 0;
        } catch (PluginException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    static URI site(String repository) throws CommandFailure {
        if (repository.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            try {
                return URI.create(repository);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(repository + " is not a URL: " + e.getMessage());
            }
        }
        Path folder = Path.of(repository).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("no update site folder " + folder);
        }
        return folder.toUri();
    }
}
