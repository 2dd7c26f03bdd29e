package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.TagAssignment;

/**
 * What the model says of an item: its tags and those of its clips, and the case files holding it or a clip of it
 * (read on the thread that changes the model, or under {@link ResearchWorkspace#readModel}); and the sources that
 * brought it (their ids, from {@link SourceItems}: files, read outside the model's lock, {@link #withSources}).
 */
public record ModelFacts(List<String> tags, List<Map.Entry<String, String>> cases, List<String> sources) {

    /** Nothing: an item in no case file, with no tags, from no source. */
    public static final ModelFacts NONE = new ModelFacts(List.of(), List.of(), List.of());

    /** These facts with the sources that brought the item. */
    public ModelFacts withSources(List<String> sourceIds) {
        return new ModelFacts(tags, cases, List.copyOf(sourceIds));
    }

    /**
     * The facts of these items (as {@link #of(ResearchWorkspace, Collection)} reads them, under the model's read
     * lock) and the sources that brought each (read from their files, outside the lock); every item has an entry.
     */
    public static Map<String, ModelFacts> withSources(ResearchWorkspace workspace, Collection<String> itemIds)
            throws IOException {
        Map<String, ModelFacts> known = workspace.readModel(() -> of(workspace, itemIds));
        Map<String, List<String>> sources = workspace.service(SourceItems.class).sourcesOf(itemIds);
        Map<String, ModelFacts> facts = new HashMap<>();
        for (String itemId : itemIds) {
            facts.put(itemId, known.getOrDefault(itemId, NONE).withSources(sources.getOrDefault(itemId, List.of())));
        }
        return facts;
    }

    /** An item's tags are its own and its clips' tags, so {@code tag:} finds the items of tagged clips. */
    public static ModelFacts of(ResearchWorkspace workspace, String itemId) {
        return of(workspace, Set.of(itemId)).getOrDefault(itemId, NONE);
    }

    /**
     * The facts of these items, in one pass over the model's clips and tag assignments; the case files holding each
     * item come from the workspace's membership index ({@link ResearchWorkspace#holds}), not from a walk over every
     * case file's item ids. Items the model says nothing of are left out.
     */
    public static Map<String, ModelFacts> of(ResearchWorkspace workspace, Collection<String> itemIds) {
        Set<String> wanted = itemIds instanceof Set<String> set ? set : new HashSet<>(itemIds);
        return read(workspace, wanted::contains, (caseFile, held) -> {
            for (String itemId : wanted) {
                if (workspace.holds(caseFile, itemId)) {
                    held.add(itemId);
                }
            }
        });
    }

    /** The facts of every item the model knows, for a rebuild: one walk over every case file's item ids. */
    public static Map<String, ModelFacts> all(ResearchWorkspace workspace) {
        return read(workspace, id -> true, (caseFile, held) -> held.addAll(caseFile.getItemIds()));
    }

    /** The facts of the items {@code wanted} accepts; {@code heldItems} adds those a case file holds. */
    private static Map<String, ModelFacts> read(ResearchWorkspace workspace, Predicate<String> wanted,
            BiConsumer<CaseFile, Set<String>> heldItems) {
        Map<String, Set<String>> tags = new HashMap<>();
        Map<String, List<Map.Entry<String, String>>> cases = new HashMap<>();
        Map<String, String> clipItems = new HashMap<>();
        List<CaseFile> caseFiles = workspace.caseFiles();
        for (CaseFile caseFile : caseFiles) {
            Set<String> held = new LinkedHashSet<>();
            heldItems.accept(caseFile, held);
            for (Clip clip : caseFile.getClips()) {
                if (wanted.test(clip.getItemId())) {
                    clipItems.put(clip.getId(), clip.getItemId());
                    held.add(clip.getItemId());
                }
            }
            for (String itemId : held) {
                cases.computeIfAbsent(itemId, k -> new ArrayList<>()).add(Map.entry(caseFile.getId(),
                        caseFile.getTitle()));
            }
        }
        for (CaseFile caseFile : caseFiles) {
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                String itemId = clipItems.getOrDefault(assignment.getTargetId(), assignment.getTargetId());
                if (assignment.getTag() != null && wanted.test(itemId)) {
                    tags.computeIfAbsent(itemId, k -> new LinkedHashSet<>()).add(Tags.path(assignment.getTag()));
                }
            }
        }
        Map<String, ModelFacts> facts = new HashMap<>();
        Set<String> itemIds = new HashSet<>(cases.keySet());
        itemIds.addAll(tags.keySet());
        for (String itemId : itemIds) {
            facts.put(itemId, new ModelFacts(List.copyOf(tags.getOrDefault(itemId, Set.of())),
                    List.copyOf(cases.getOrDefault(itemId, List.of())), List.of()));
        }
        return facts;
    }
}
