package dossier.connector.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.connector.WorkspaceSources;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.connector.ConnectorDescriptor;
import dossier.casefile.SourceItems;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(description = "List the sources with their last fetch, or (--connectors) the installed connectors.")
public final class SourceListCommand extends WorkspaceCommand {

    @Option(names = "--connectors", description = "List the connectors and their parameters instead")
    private boolean connectors;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws IOException {
        if (connectors) {
            listConnectors(context, WorkspaceSources.of(workspace));
            return 0;
        }
        SourceItems items = workspace.service(SourceItems.class);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Source source : workspace.model().getSources()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", source.getId());
            map.put("name", source.getName());
            map.put("connector", source.getConnectorId());
            map.put("parameters", source.getParameters());
            map.put("schedule", source.getSchedule());
            FetchResult last = source.getLastFetch();
            map.put("lastFetch", last == null ? null : last.getTime().toInstant().toString());
            map.put("lastFetchOk", last == null ? null : last.isOk());
            map.put("lastFetchSummary", last == null ? null : last.getMessage());
            map.put("items", items.count(source.getId()));
            list.add(map);
        }
        if (json.isSet()) {
            context.printJson(list);
        } else if (list.isEmpty()) {
            context.out().println("no sources yet: 'dossier source add CONNECTOR NAME --param KEY=VALUE' adds one");
        } else {
            for (Map<String, Object> source : list) {
                context.out().printf("%s  %-10s %s  %s items  %s%n", source.get("id"), source.get("connector"),
                        source.get("name"), source.get("items"), source.get("lastFetch") == null ? "(never fetched)"
                                : source.get("lastFetch") + ": " + source.get("lastFetchSummary"));
            }
        }
        return 0;
    }

    private void listConnectors(CommandContext context, WorkspaceSources sources) {
        if (json.isSet()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ConnectorDescriptor connector : sources.registry().all()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", connector.id());
                map.put("label", connector.label());
                map.put("description", connector.description());
                map.put("parameters", connector.parameters());
                list.add(map);
            }
            context.printJson(list);
            return;
        }
        for (ConnectorDescriptor connector : sources.registry().all()) {
            context.out().printf("%-10s %s: %s%n", connector.id(), connector.label(), connector.description());
            for (ConnectorDescriptor.Parameter parameter : connector.parameters()) {
                context.out().printf("           --param %s=...%s  %s%n", parameter.name(),
                        parameter.required() ? " (required)" : parameter.defaultValue() == null ? ""
                                : " (default " + parameter.defaultValue() + ")",
                        parameter.description() == null ? parameter.label() : parameter.description());
            }
        }
    }
}
