package dossier.connector.feed.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.feed.FeedException;
import dossier.feed.Opml;
import dossier.feed.Subscription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Add a feed source for each subscription in an OPML file (from a feed reader).",
        "A subscription whose feed URL is already a source is skipped; its category becomes the case file unless"
                + " --case is given." })
public final class ImportOpmlCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE")
    private Path file;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file for the items of every subscription")
    private String caseName;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        java.util.List<Subscription> subscriptions;
        try {
            subscriptions = Opml.read(Files.readAllBytes(file));
        } catch (FeedException e) {
            throw new CommandFailure(file + ": " + e.getMessage());
        }
        int added = 0;
        for (Subscription subscription : subscriptions) {
            if (subscription.xmlUrl() == null || workspace.model().getSources().stream()
                    .anyMatch(s -> subscription.xmlUrl().equals(s.getParameters().get("url")))) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("url", subscription.xmlUrl());
            String caseFile = caseName != null ? caseName : subscription.category();
            if (caseFile != null && !caseFile.isBlank()) {
                parameters.put("case", caseFile);
            }
            String name = subscription.title() == null || subscription.title().isBlank() ? subscription.xmlUrl()
                    : subscription.title();
            while (workspace.source(name).isPresent()) {
                name = name + " (2)";
            }
            workspace.addSource("feed", name, parameters, null);
            context.out().println(name + "  " + subscription.xmlUrl());
            added++;
        }
        context.err().println("dossier source import-opml: " + added + " feed sources added, "
                + (subscriptions.size() - added) + " skipped");
        return 0;
    }
}
