package dossier.connector.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.connector.WorkspaceSources;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.connector.ConnectorDescriptor;
import dossier.model.casefile.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Add a source: a connector and its parameters; prints the source's id.",
        "'dossier source list --connectors' lists the connectors and their parameters. Every source takes"
                + " case=NAME to file its items in a case file (default: the Inbox)." })
public final class SourceAddCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "CONNECTOR", description = "The connector's id, e.g. feed")
    private String connectorId;

    @Parameters(index = "1", paramLabel = "NAME", description = "A name for the source")
    private String name;

    @Option(names = { "-p", "--param" }, paramLabel = "KEY=VALUE", description = "A parameter; repeatable")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "DURATION", description = "How often to refresh, ISO 8601 (e.g."
            + " PT1H)")
    private String schedule;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        WorkspaceSources sources = WorkspaceSources.of(workspace);
        ConnectorDescriptor connector = sources.registry().find(connectorId).orElseThrow(() -> new CommandFailure(
                "no connector '" + connectorId + "'; installed: " + sources.registry().all().stream()
                        .map(ConnectorDescriptor::id).collect(Collectors.joining(", "))));
        List<String> missing = connector.parameters().stream()
                .filter(p -> p.required() && !parameters.containsKey(p.name())).map(ConnectorDescriptor.Parameter::name)
                .toList();
        if (!missing.isEmpty()) {
            throw new CommandFailure("connector '" + connectorId + "' needs " + String.join(", ", missing)
                    + " (give them with --param NAME=VALUE)");
        }
        for (ConnectorDescriptor.Parameter parameter : connector.parameters()) {
            String problem = parameters.containsKey(parameter.name()) ? parameter.problem(parameters.get(parameter.name()))
                    : null;
            if (problem != null) {
                throw new CommandFailure(problem + " (parameter " + parameter.name() + ")");
            }
        }
        if (schedule != null) {
            try {
                java.time.Duration.parse(schedule);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandFailure("--schedule " + schedule + " is not an ISO 8601 duration such as PT1H");
            }
        }
        if (workspace.source(name).isPresent()) {
            throw new CommandFailure("a source named '" + name + "' exists");
        }
        Map<String, String> all = new LinkedHashMap<>();
        connector.parameters().stream().filter(p -> p.defaultValue() != null)
                .forEach(p -> all.put(p.name(), p.defaultValue()));
        all.putAll(parameters);
        Source source = workspace.addSource(connectorId, name, all, schedule);
        context.out().println(source.getId());
        return 0;
    }
}
