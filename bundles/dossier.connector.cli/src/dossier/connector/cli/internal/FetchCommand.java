package dossier.connector.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.connector.WorkspaceSources;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.connector.ConnectorDescriptor;
import dossier.connector.ConnectorRegistry;
import dossier.connector.ConnectorException;
import dossier.connector.UrlConnector;
import dossier.connector.http.FetchException;
import dossier.connector.http.FetchResponse;
import dossier.store.Capture;
import dossier.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Fetch URLs once: a feed gives its entries, a web page its article. Prints the items' ids.",
        "Items go into the case file named by --case (created if new), else the Inbox. A URL that fails is named"
                + " with the reason; the others go on (exit 1 if any failed)." })
public final class FetchCommand extends WorkspaceCommand {

    @Parameters(arity = "1..*", paramLabel = "URL")
    private List<String> urls;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file for the items")
    private String caseName;

    @Mixin
    private JsonOption json;

    @Override
    protected boolean changesThroughIntake() {
        return true;
    }

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        WorkspaceSources sources = WorkspaceSources.of(workspace);
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseName, List.of()));
        List<Map<String, String>> fetched = new ArrayList<>();
        int failures = 0;
        for (String url : urls) {
            try {
                FetchResponse response = sources.http().get(uri(url), false);
                UrlConnector connector = connectorFor(response);
                for (Capture capture : connector.captures(response)) {
                    PutResult result = batch.put(capture);
                    Map<String, String> line = new LinkedHashMap<>();
                    line.put("id", result.id());
                    line.put("outcome", result.outcome().name().toLowerCase().replace('_', ' '));
                    line.put("title", capture.title());
                    line.put("url", capture.url());
                    fetched.add(line);
                }
            } catch (FetchException | ConnectorException e) {
                failures++;
                context.err().println("dossier fetch: " + e.getMessage());
            }
        }
        workspace.intake().file(batch, modelThread());
        if (json.isSet()) {
            context.printJson(fetched);
        } else {
            for (Map<String, String> line : fetched) {
                context.out().printf("%s  %-9s  %s%n", line.get("id"), line.get("outcome"), line.get("title"));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static URI uri(String url) throws FetchException {
        try {
            return new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new FetchException(url + ": not a URL (" + e.getReason() + ")");
        }
    }

    private static UrlConnector connectorFor(FetchResponse response) throws ConnectorException {
        for (ConnectorDescriptor descriptor : ConnectorRegistry.platform().all()) {
            if (descriptor.takesUrls() && descriptor.connector() instanceof UrlConnector connector
                    && connector.accepts(response)) {
                return connector;
            }
        }
        throw new ConnectorException(response.uri() + ": Dossier cannot read " + (response.mediaType().isEmpty()
                ? "this answer" : response.mediaType()) + " (neither a feed nor a web page)");
    }
}
