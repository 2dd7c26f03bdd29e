package dossier.connector.feed.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.feed.Opml;
import dossier.feed.Subscription;
import dossier.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Write the workspace's feed sources as an OPML subscription list, their case files as categories.")
public final class ExportOpmlCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        List<Subscription> subscriptions = workspace.model().getSources().stream()
                .filter(s -> "feed".equals(s.getConnectorId()) && s.getParameters().get("url") != null)
                .map(s -> new Subscription(s.getName(), s.getParameters().get("url"), null, s.getParameters().get("case")))
                .toList();
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, Opml.write(subscriptions));
        context.out().println("wrote " + subscriptions.size() + " feed sources to " + file);
        return 0;
    }
}
