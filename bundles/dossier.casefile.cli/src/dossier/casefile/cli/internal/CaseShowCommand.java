package dossier.casefile.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;
import dossier.model.casefile.TagAssignment;
import dossier.store.StoredItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(description = "Show a case file: its items, clips (with anchoring state), notes, tags and cross-references.")
public final class CaseShowCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "NAME", description = "The case file's title or id")
    private String name;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        CaseFile caseFile = workspace.caseFile(name)
                .orElseThrow(() -> new CommandFailure("no case file named '" + name + "'; 'dossier case list' lists them"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : caseFile.getItemIds()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id);
            item.put("title", workspace.store().item(id).map(StoredItem::title).orElse("(missing from the store)"));
            item.put("tags", workspace.tagsOf(id));
            items.add(item);
        }
        if (json.isSet()) {
            Map<String, Object> result = CaseListCommand.summary(caseFile);
            result.put("description", caseFile.getDescription());
            result.put("itemList", items);
            result.put("clipList", caseFile.getClips().stream().map(c -> clip(workspace, c)).toList());
            result.put("notes", caseFile.getNotes().stream().map(CaseShowCommand::note).toList());
            result.put("tagAssignments", caseFile.getTagAssignments().stream().map(CaseShowCommand::tag).toList());
            result.put("crossReferences", references(workspace, caseFile));
            context.printJson(result);
            return 0;
        }
        var out = context.out();
        out.println("# " + caseFile.getTitle() + "  (" + Labels.of(caseFile.getStatus()) + ", id " + caseFile.getId()
                + ")");
        if (caseFile.getDescription() != null) {
            out.println(caseFile.getDescription());
        }
        out.println();
        out.println("Items (" + items.size() + "):");
        for (Map<String, Object> item : items) {
            out.println("  " + item.get("id") + "  " + item.get("title") + tagSuffix(item.get("tags")));
        }
        out.println("Clips (" + caseFile.getClips().size() + "):");
        for (Clip clip : caseFile.getClips()) {
            out.println("  " + clip.getId() + "  \u201c" + abbreviate(clip.getExact()) + "\u201d  from " + clip.getItemId()
                    + " [" + clip.getStart() + "," + clip.getEnd() + ") " + Labels.of(clip.getState())
                    + tagSuffix(workspace.tagsOf(clip.getId())));
        }
        out.println("Notes (" + caseFile.getNotes().size() + "):");
        for (Note note : caseFile.getNotes()) {
            out.println("  " + note.getId() + "  on " + note.getTargetId() + ": " + note.getText());
        }
        out.println("Cross-references (" + caseFile.getCrossReferences().size() + "):");
        for (Map<String, Object> reference : references(workspace, caseFile)) {
            out.println("  " + reference.get("from") + " --" + reference.get("type") + "--> " + reference.get("to")
                    + "  (" + reference.get("toLabel") + ")");
        }
        return 0;
    }

    private static String tagSuffix(Object tags) {
        return tags instanceof List<?> list && !list.isEmpty() ? "  #" + String.join(" #", list.stream()
                .map(Object::toString).toList()) : "";
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "\u2026";
    }

    private static Map<String, Object> clip(ResearchWorkspace workspace, Clip clip) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", clip.getId());
        map.put("itemId", clip.getItemId());
        map.put("exact", clip.getExact());
        map.put("prefix", clip.getPrefix());
        map.put("suffix", clip.getSuffix());
        map.put("start", clip.getStart());
        map.put("end", clip.getEnd());
        map.put("state", Labels.of(clip.getState()));
        map.put("created", Labels.iso(clip.getCreated()));
        map.put("tags", workspace.tagsOf(clip.getId()));
        return map;
    }

    private static Map<String, Object> note(Note note) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", note.getId());
        map.put("targetId", note.getTargetId());
        map.put("text", note.getText());
        map.put("created", Labels.iso(note.getCreated()));
        return map;
    }

    private static Map<String, Object> tag(TagAssignment assignment) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tag", assignment.getTag() == null ? null : Tags.path(assignment.getTag()));
        map.put("targetId", assignment.getTargetId());
        return map;
    }

    private static List<Map<String, Object>> references(ResearchWorkspace workspace, CaseFile caseFile)
            throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CrossReference reference : caseFile.getCrossReferences()) {
            list.add(reference(workspace, reference));
        }
        return list;
    }

    static Map<String, Object> reference(ResearchWorkspace workspace, CrossReference reference) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", reference.getId());
        map.put("from", reference.getFromId());
        map.put("fromLabel", workspace.target(reference.getFromId()).map(Target::label).orElse("(gone)"));
        map.put("type", reference.getType() == null ? null : reference.getType().getName());
        map.put("to", reference.getToId());
        map.put("toLabel", workspace.target(reference.getToId()).map(Target::label).orElse("(gone)"));
        map.put("note", reference.getNote());
        return map;
    }
}
