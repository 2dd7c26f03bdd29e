package dossier.casefile.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.TagSpaces;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = { "List the tag schemes as trees: each tag with its colour, how many items and clips carry it"
        + " (or a tag below it), how many are still open in its in-tray and how many of those are new since you"
        + " last looked." })
public final class TagsListCommand extends WorkspaceCommand {

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) {
        TagSpaces spaces = TagSpaces.of(workspace);
        List<TagScheme> schemes = workspace.model().getTagSchemes();
        if (json.isSet()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (TagScheme scheme : schemes) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", scheme.getId());
                map.put("name", scheme.getName());
                map.put("tags", scheme.getTags().stream().map(t -> tree(t, spaces)).toList());
                list.add(map);
            }
            context.printJson(list);
            return 0;
        }
        if (schemes.isEmpty()) {
            context.out().println("no tags yet: 'dossier tags add PATH' makes one");
            return 0;
        }
        for (TagScheme scheme : schemes) {
            context.out().println(scheme.getName());
            scheme.getTags().forEach(t -> print(context, t, spaces, 1));
        }
        return 0;
    }

    private static void print(CommandContext context, Tag tag, TagSpaces spaces, int depth) {
        TagSpaces.InTray tray = spaces.inTray(tag.getId());
        context.out().printf("%s%s%s  %d (%d open, %d new)  %s%n", "  ".repeat(depth), tag.getName(),
                tag.getColour() == null ? "" : " " + tag.getColour(), spaces.count(tag.getId()), tray.open().size(),
                tray.newCount(), tag.getId());
        tag.getChildren().forEach(child -> print(context, child, spaces, depth + 1));
    }

    private static Map<String, Object> tree(Tag tag, TagSpaces spaces) {
        TagSpaces.InTray tray = spaces.inTray(tag.getId());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", tag.getId());
        map.put("name", tag.getName());
        map.put("path", tag.getPath());
        map.put("colour", tag.getColour());
        map.put("count", spaces.count(tag.getId()));
        map.put("open", tray.open().size());
        map.put("new", tray.newCount());
        map.put("children", tag.getChildren().stream().map(t -> tree(t, spaces)).toList());
        return map;
    }
}
