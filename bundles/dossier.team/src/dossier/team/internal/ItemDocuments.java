package dossier.team.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.solr.common.SolrInputDocument;

import dossier.casefile.ResearchWorkspace;
import dossier.index.IndexSchema;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.store.StoredItem;

/**
 * An item of the workspace as the team collection holds it: the local index's document (text, fields, facets, its
 * tags and clips' tags, its case files) plus the capture needed to pull it elsewhere (metadata, original bytes,
 * SHA-256), its clips and notes, and who published it.
 */
public final class ItemDocuments {

    private ItemDocuments() {
    }

    /** What the model says of an item, read in one pass under the model's read lock. */
    record Facts(List<String> ownTags, List<String> allTags, List<Map.Entry<String, String>> cases, List<String> clips,
            List<String> notes) {
    }

    static Facts facts(ResearchWorkspace workspace, String itemId) {
        return workspace.readModel(() -> {
            List<String> ownTags = workspace.tagsOf(itemId);
            Set<String> allTags = new LinkedHashSet<>(ownTags);
            List<String> clips = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            workspace.notesOn(itemId).forEach(n -> notes.add(n.getText()));
            for (CaseFile caseFile : workspace.caseFiles()) {
                for (Clip clip : caseFile.getClips()) {
                    if (itemId.equals(clip.getItemId())) {
                        clips.add(clip.getExact());
                        allTags.addAll(workspace.tagsOf(clip.getId()));
                        workspace.notesOn(clip.getId()).forEach(n -> notes.add(n.getText()));
                    }
                }
            }
            List<Map.Entry<String, String>> cases = workspace.caseFilesHolding(itemId).stream()
                    .map(c -> Map.entry(c.getId(), c.getTitle())).toList();
            return new Facts(ownTags, List.copyOf(allTags), cases, clips, notes);
        });
    }

    /**
     * The item's document, {@code null} if the store has no such item. Its fingerprint (a SHA-256 of everything in
     * it but the publishing time) tells a changed item from one already published.
     */
    public static SolrInputDocument of(ResearchWorkspace workspace, String itemId, String publisher) throws IOException {
        StoredItem item = workspace.store().item(itemId).orElse(null);
        if (item == null) {
            return null;
        }
        String text = workspace.store().text(itemId);
        byte[] original = workspace.store().original(itemId);
        Facts facts = facts(workspace, itemId);
        SolrInputDocument doc = SolrSchema.get().convert(IndexSchema.document(item, text, facts.allTags(),
                facts.cases()));
        doc.setField(SolrSchema.PUBLISHER, publisher);
        doc.setField(SolrSchema.SHA256, item.contentSha256());
        facts.ownTags().forEach(t -> doc.addField(SolrSchema.ITEM_TAGS, t));
        facts.clips().forEach(c -> doc.addField(SolrSchema.CLIPS, c));
        facts.notes().forEach(n -> doc.addField(SolrSchema.NOTES, n));
        doc.setField(SolrSchema.CAPTURE, CaptureRecord.of(item, text).toJson());
        doc.setField(SolrSchema.ORIGINAL, original);
        doc.setField(SolrSchema.FINGERPRINT, fingerprint(doc));
        doc.setField(SolrSchema.PUBLISHED_AT, Instant.now().toEpochMilli());
        return doc;
    }

    /** A SHA-256 over the document's fields and values in name order (the original by its SHA-256). */
    static String fingerprint(SolrInputDocument doc) {
        Map<String, String> sorted = new TreeMap<>();
        for (String name : doc.getFieldNames()) {
            if (name.equals(SolrSchema.ORIGINAL)) {
                continue;
            }
            sorted.put(name, String.valueOf(doc.getFieldValues(name)));
        }
        return SolrSchema.sha256(sorted.toString());
    }
}
