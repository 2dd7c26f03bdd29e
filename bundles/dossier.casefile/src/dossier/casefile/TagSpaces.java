package dossier.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSpace;

/**
 * A snapshot of the workspace's tag spaces: for every tag, the items and clips carrying it or a tag below it, which
 * of them are done, and when the user last looked. Taken on the thread that changes the model in one pass over the
 * tag assignments; immutable afterwards, so counts and in-trays can be computed on any thread.
 */
public final class TagSpaces {

    public enum Kind {
        ITEM, CLIP
    }

    /**
     * An item or clip in an in-tray: when it first got the tag (or one below it), whether that was after the last
     * look; {@code itemId} is the item itself or the clip's item, {@code quote} the clip's passage (null for items).
     */
    public record Entry(String id, Kind kind, String itemId, String quote, Date tagged, boolean isNew) {
    }

    /** A tag's in-tray: the entries not done, newest first, how many of them are new, and how many are done. */
    public record InTray(String tagId, String path, List<Entry> open, int newCount, int doneCount) {
    }

    private record ClipFacts(String itemId, String quote) {
    }

    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, Map<String, Date>> tagged = new HashMap<>();
    private final Map<String, Set<String>> done = new HashMap<>();
    private final Map<String, Date> lastLooked = new HashMap<>();
    private final Map<String, ClipFacts> clips = new HashMap<>();

    private TagSpaces() {
    }

    /** Takes the snapshot; call on the thread that changes the model. */
    public static TagSpaces of(ResearchWorkspace workspace) {
        TagSpaces spaces = new TagSpaces();
        for (TagScheme scheme : workspace.model().getTagSchemes()) {
            for (Tag tag : Tags.all(scheme)) {
                spaces.paths.put(tag.getId(), Tags.path(tag));
                spaces.children.put(tag.getId(), tag.getChildren().stream().map(Tag::getId).toList());
            }
        }
        for (CaseFile caseFile : workspace.caseFiles()) {
            for (Clip clip : caseFile.getClips()) {
                spaces.clips.put(clip.getId(), new ClipFacts(clip.getItemId(), clip.getExact()));
            }
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                Tag tag = assignment.getTag();
                if (tag == null || tag.eIsProxy() || assignment.getTargetId() == null) {
                    continue;
                }
                Date created = assignment.getCreated() == null ? new Date(0) : assignment.getCreated();
                spaces.tagged.computeIfAbsent(tag.getId(), k -> new HashMap<>()).merge(assignment.getTargetId(),
                        created, (a, b) -> a.before(b) ? a : b);
            }
        }
        for (TagSpace space : workspace.model().getTagSpaces()) {
            if (space.getTag() != null) {
                spaces.done.put(space.getTag().getId(), Set.copyOf(space.getDoneIds()));
                if (space.getLastLooked() != null) {
                    spaces.lastLooked.put(space.getTag().getId(), space.getLastLooked());
                }
            }
        }
        return spaces;
    }

    /** How many items and clips carry the tag or one below it (done or not). */
    public int count(String tagId) {
        return taggedBelow(tagId).size();
    }

    /** The tag's in-tray as it is now, new meaning tagged since the user last looked. */
    public InTray inTray(String tagId) {
        return inTray(tagId, lastLooked.get(tagId));
    }

    /**
     * The tag's in-tray, new meaning tagged after {@code looked} (everything if null): a view that has just marked
     * the in-tray looked keeps showing what was new before.
     */
    public InTray inTray(String tagId, Date looked) {
        Map<String, Date> all = taggedBelow(tagId);
        Set<String> doneIds = done.getOrDefault(tagId, Set.of());
        List<Entry> open = new ArrayList<>();
        int newCount = 0;
        int doneCount = 0;
        for (Map.Entry<String, Date> target : all.entrySet()) {
            if (doneIds.contains(target.getKey())) {
                doneCount++;
                continue;
            }
            boolean isNew = looked == null || target.getValue().after(looked);
            newCount += isNew ? 1 : 0;
            ClipFacts clip = clips.get(target.getKey());
            open.add(clip == null
                    ? new Entry(target.getKey(), Kind.ITEM, target.getKey(), null, target.getValue(), isNew)
                    : new Entry(target.getKey(), Kind.CLIP, clip.itemId(), clip.quote(), target.getValue(), isNew));
        }
        open.sort(Comparator.comparing(Entry::tagged).reversed().thenComparing(Entry::id));
        return new InTray(tagId, paths.get(tagId), List.copyOf(open), newCount, doneCount);
    }

    /** Every target under the tag with the earliest time it got the tag or one below it. */
    private Map<String, Date> taggedBelow(String tagId) {
        Map<String, Date> result = new HashMap<>();
        List<String> queue = new ArrayList<>(List.of(tagId));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < queue.size(); i++) {
            String current = queue.get(i);
            if (!seen.add(current)) {
                continue;
            }
            tagged.getOrDefault(current, Map.of()).forEach((id, date) -> result.merge(id, date,
                    (a, b) -> a.before(b) ? a : b));
            queue.addAll(children.getOrDefault(current, List.of()));
        }
        return result;
    }
}
