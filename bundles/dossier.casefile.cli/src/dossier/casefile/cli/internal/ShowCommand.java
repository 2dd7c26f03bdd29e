package dossier.casefile.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.store.StoredItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Show captured items: their provenance (URL, capture time, SHA-256) and text.",
        "--format html prints the original captured bytes (HTML as fetched); json prints metadata and text." })
public final class ShowCommand extends WorkspaceCommand {

    enum Format {
        text, html, json
    }

    @Parameters(arity = "1..*", paramLabel = "ITEM-ID", description = "Ids of the items to show")
    private List<String> ids;

    @Option(names = "--format", defaultValue = "text", description = "text, html or json (default ${DEFAULT-VALUE})")
    private Format format;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        List<StoredItem> items = new ArrayList<>();
        for (String id : ids) {
            Optional<StoredItem> item = workspace.store().item(id);
            items.add(item.orElseThrow(() -> new CommandFailure("no item " + id + " in this workspace")));
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (StoredItem item : items) {
            String text = workspace.store().text(item.id());
            switch (format) {
            case json -> json.add(asJson(workspace, item, text));
            case html -> context.out().println(new String(workspace.store().original(item.id()),
                    StandardCharsets.UTF_8));
            default -> printText(context, workspace, item, text);
            }
        }
        if (format == Format.json) {
            context.printJson(json);
        }
        return 0;
    }

    private static void printText(CommandContext context, ResearchWorkspace workspace, StoredItem item, String text)
            throws Exception {
        context.out().println("# " + item.title());
        context.out().println("id:        " + item.id() + " (" + item.type().name().toLowerCase() + ")");
        context.out().println("url:       " + item.url());
        if (item.authorName() != null || item.authorHandle() != null) {
            context.out().println("author:    " + (item.authorName() == null ? "" : item.authorName())
                    + (item.authorHandle() == null ? "" : " @" + item.authorHandle()));
        }
        if (item.published() != null) {
            context.out().println("published: " + item.published());
        }
        context.out().println("captured:  " + item.captured() + " (" + item.captureCount() + " capture"
                + (item.captureCount() == 1 ? "" : "s") + ")");
        context.out().println("sha-256:   " + item.contentSha256());
        List<String> tags = workspace.tagsOf(item.id());
        if (!tags.isEmpty()) {
            context.out().println("tags:      " + String.join(", ", tags));
        }
        context.out().println();
        context.out().println(text == null ? "(no text)" : text);
        context.out().println();
    }

    private static Map<String, Object> asJson(ResearchWorkspace workspace, StoredItem item, String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("type", item.type().name().toLowerCase());
        map.put("title", item.title());
        map.put("url", item.url());
        map.put("canonicalUrl", item.canonicalUrl());
        map.put("authorName", item.authorName());
        map.put("authorHandle", item.authorHandle());
        map.put("followerCount", item.followerCount());
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("replies", item.engagement().replies());
        engagement.put("reshares", item.engagement().reshares());
        engagement.put("likes", item.engagement().likes());
        engagement.put("quotes", item.engagement().quotes());
        map.put("engagement", engagement);
        map.put("published", item.published() == null ? null : item.published().toString());
        map.put("captured", item.captured().toString());
        map.put("language", item.language());
        map.put("mediaType", item.mediaType());
        map.put("sha256", item.contentSha256());
        map.put("captureCount", item.captureCount());
        map.put("tags", workspace.tagsOf(item.id()));
        map.put("text", text);
        return map;
    }
}
