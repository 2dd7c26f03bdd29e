package dossier.team.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.common.SolrInputDocument;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.SourceItems;
import dossier.index.IndexSchema;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Note;
import dossier.model.casefile.TagAssignment;
import dossier.store.StoredItem;

/**
 * Items of the workspace as the team collection holds them: the local index's document (text, fields, facets, its
 * tags and clips' tags, its case files, the sources that brought it) plus the capture needed to pull it elsewhere (metadata, original bytes,
 * SHA-256), its clips and notes, and who published it.
 * <p>
 * Made once per publish: the case files' tags, notes and clips are gathered in one pass (not one pass per item).
 * An item's fingerprint is known before its document is built, from its stored record, what the model says of it,
 * the publisher and the schema, so an unchanged item costs a store lookup, not a document.
 */
public final class ItemDocuments {

    /**
     * Raised when what a document holds changes without the schema changing, so that everything is sent again (2: the
     * sources that brought an item, {@code via}; 3: their names beside their ids in {@code via}).
     */
    private static final int DOCUMENT_VERSION = 3;

    private final ResearchWorkspace workspace;
    private final String publisher;
    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Map<String, List<Note>> notes = new HashMap<>();
    private final Map<String, List<Clip>> clips = new HashMap<>();
    private final Map<String, String> sourceNames = new HashMap<>();

    /**
     * What the model says of an item, and the sources that brought it: their ids, as the local index has them, and
     * their names, so that {@code via:NAME} on the team finds the items every member's source of that name brought.
     */
    record Facts(List<String> ownTags, List<String> allTags, List<Map.Entry<String, String>> cases, List<String> clips,
            List<String> notes, List<String> sources, List<String> sourceNames) {
    }

    /** An item to publish: its stored record, what the model says of it, and the fingerprint of its document. */
    public record Pending(StoredItem item, Facts facts, String fingerprint) {

        /** True if a case file holds the item. */
        public boolean filed() {
            return !facts.cases().isEmpty();
        }
    }

    private ItemDocuments(ResearchWorkspace workspace, String publisher) {
        this.workspace = workspace;
        this.publisher = publisher;
        workspace.readModel(() -> {
            for (CaseFile caseFile : workspace.caseFiles()) {
                for (TagAssignment assignment : caseFile.getTagAssignments()) {
                    if (assignment.getTag() != null) {
                        tags.computeIfAbsent(assignment.getTargetId(), t -> new LinkedHashSet<>())
                                .add(Tags.path(assignment.getTag()));
                    }
                }
                caseFile.getNotes().forEach(n -> notes.computeIfAbsent(n.getTargetId(), t -> new ArrayList<>()).add(n));
                caseFile.getClips().forEach(c -> clips.computeIfAbsent(c.getItemId(), t -> new ArrayList<>()).add(c));
            }
            notes.values().forEach(list -> list.sort(Comparator.comparing(Note::getCreated)));
            workspace.model().getSources().forEach(s -> sourceNames.put(s.getId(), s.getName()));
            return null;
        });
    }

    /** Documents of this workspace's items as {@code publisher} publishes them now. */
    public static ItemDocuments of(ResearchWorkspace workspace, String publisher) {
        return new ItemDocuments(workspace, publisher);
    }

    /** The items to publish, in order; null for an item the store lacks. */
    public List<Pending> pending(List<String> itemIds) throws IOException {
        List<StoredItem> items = new ArrayList<>(itemIds.size());
        for (String id : itemIds) {
            items.add(workspace.store().item(id).orElse(null));
        }
        List<List<Map.Entry<String, String>>> cases = workspace.readModel(() -> itemIds.stream()
                .map(id -> workspace.caseFilesHolding(id).stream().map(c -> Map.entry(c.getId(), c.getTitle()))
                        .toList())
                .toList());
        Map<String, List<String>> sources = workspace.service(SourceItems.class).sourcesOf(itemIds);
        List<Pending> pending = new ArrayList<>(itemIds.size());
        for (int i = 0; i < itemIds.size(); i++) {
            StoredItem item = items.get(i);
            if (item == null) {
                pending.add(null);
                continue;
            }
            Facts facts = facts(item.id(), cases.get(i), sources.getOrDefault(item.id(), List.of()));
            pending.add(new Pending(item, facts, SolrSchema.sha256(SolrSchema.get().name() + "\n" + DOCUMENT_VERSION
                    + "\n" + publisher + "\n" + item + "\n" + facts)));
        }
        return pending;
    }

    private Facts facts(String itemId, List<Map.Entry<String, String>> cases, List<String> sources) {
        List<String> ownTags = List.copyOf(tags.getOrDefault(itemId, Set.of()));
        Set<String> allTags = new LinkedHashSet<>(ownTags);
        List<String> clipTexts = new ArrayList<>();
        List<String> noteTexts = new ArrayList<>();
        notes.getOrDefault(itemId, List.of()).forEach(n -> noteTexts.add(n.getText()));
        for (Clip clip : clips.getOrDefault(itemId, List.of())) {
            clipTexts.add(clip.getExact());
            allTags.addAll(tags.getOrDefault(clip.getId(), Set.of()));
            notes.getOrDefault(clip.getId(), List.of()).forEach(n -> noteTexts.add(n.getText()));
        }
        List<String> names = sources.stream().map(sourceNames::get).filter(n -> n != null && !n.isBlank()).toList();
        return new Facts(ownTags, List.copyOf(allTags), cases, clipTexts, noteTexts, List.copyOf(sources), names);
    }

    /** The item's document (reads its text and original from the store). */
    public SolrInputDocument document(Pending pending) throws IOException {
        StoredItem item = pending.item();
        Facts facts = pending.facts();
        String text = workspace.store().text(item.id());
        byte[] original = workspace.store().original(item.id());
        SolrInputDocument doc = SolrSchema.get().convert(IndexSchema.document(item, text, facts.allTags(),
                facts.cases(), facts.sources()));
        for (String name : facts.sourceNames()) {
            String term = IndexSchema.viaTerm(name);
            Collection<Object> held = doc.getFieldValues(IndexSchema.VIA);
            if (held == null || !held.contains(term)) {
                doc.addField(IndexSchema.VIA, term);
            }
        }
        doc.setField(SolrSchema.PUBLISHER, publisher);
        doc.setField(SolrSchema.SHA256, item.contentSha256());
        facts.ownTags().forEach(t -> doc.addField(SolrSchema.ITEM_TAGS, t));
        facts.clips().forEach(c -> doc.addField(SolrSchema.CLIPS, c));
        facts.notes().forEach(n -> doc.addField(SolrSchema.NOTES, n));
        doc.setField(SolrSchema.CAPTURE, CaptureRecord.of(item, text).toJson());
        doc.setField(SolrSchema.ORIGINAL, original);
        doc.setField(SolrSchema.FINGERPRINT, pending.fingerprint());
        doc.setField(SolrSchema.PUBLISHED_AT, Instant.now().toEpochMilli());
        return doc;
    }
}
