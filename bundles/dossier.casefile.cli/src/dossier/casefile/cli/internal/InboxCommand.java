package dossier.casefile.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TagSpaces;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.model.casefile.Tag;
import dossier.store.StoredItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Show a tag's in-tray: the items and clips carrying the tag (or a tag below it) that are not"
        + " marked done, newest first; '*' marks those new since you last looked.",
        "Looking marks the in-tray looked at (so they are no longer new next time), unless --peek." })
public final class InboxCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Option(names = "--peek", description = "Do not mark the in-tray as looked at")
    private boolean peek;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException, IOException {
        Tagging tagging = new Tagging(workspace);
        Tag found = tagging.existingTag(tag);
        TagSpaces.InTray tray = TagSpaces.of(workspace).inTray(found.getId());
        if (!peek) {
            tagging.markLooked(found);
        }
        if (json.isSet()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("tag", found.getId());
            map.put("path", tray.path());
            map.put("new", tray.newCount());
            map.put("done", tray.doneCount());
            List<Map<String, Object>> open = new ArrayList<>();
            for (TagSpaces.Entry entry : tray.open()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", entry.id());
                e.put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
                e.put("itemId", entry.itemId());
                e.put("title", title(workspace, entry.itemId()));
                e.put("quote", entry.quote());
                e.put("tagged", Labels.iso(entry.tagged()));
                e.put("new", entry.isNew());
                open.add(e);
            }
            map.put("open", open);
            context.printJson(map);
            return 0;
        }
        context.out().printf("%s: %d open, %d new, %d done%n", tray.path(), tray.open().size(), tray.newCount(),
                tray.doneCount());
        for (TagSpaces.Entry entry : tray.open()) {
            String label = entry.kind() == TagSpaces.Kind.ITEM ? title(workspace, entry.itemId())
                    : "\u201c" + entry.quote() + "\u201d (" + title(workspace, entry.itemId()) + ")";
            context.out().printf("%s %s  %-4s  %s%n", entry.isNew() ? "*" : " ", entry.id(),
                    entry.kind() == TagSpaces.Kind.ITEM ? "item" : "clip", label);
        }
        return 0;
    }

    static String title(ResearchWorkspace workspace, String itemId) throws IOException {
        return workspace.store().item(itemId).map(StoredItem::title).filter(t -> t != null && !t.isBlank())
                .orElse(itemId);
    }
}
