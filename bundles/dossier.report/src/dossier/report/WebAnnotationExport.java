package dossier.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.report.CaseFileSnapshot.ClipEntry;
import dossier.report.CaseFileSnapshot.ItemEntry;
import dossier.report.CaseFileSnapshot.LinkEntry;
import dossier.report.CaseFileSnapshot.NoteEntry;
import dossier.report.CaseFileSnapshot.Source;
import dossier.store.AtomicFile;

/**
 * A case file, a whole workspace or one clip in the W3C Web Annotation Data Model (JSON-LD): one
 * annotation per clip (target: the source URL with a TextQuoteSelector and a TextPositionSelector;
 * bodies: notes for commenting, tags for tagging), one per item (its notes and tags, or
 * bookmarking), and one per cross-reference (linking: the linked clip or item as a SpecificResource
 * with purpose linking, the link type as a classifying body). Case files and workspaces are
 * AnnotationCollections with the annotations embedded in their first page.
 */
public final class WebAnnotationExport {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String CLIP_URN = "urn:dossier:clip:";
    static final String ITEM_URN = "urn:dossier:item:";
    static final String CASE_FILE_URN = "urn:dossier:casefile:";
    static final String LINK_URN = "urn:dossier:link:";
    static final String WORKSPACE_URN = "urn:dossier:workspace:";

    private WebAnnotationExport() {
    }

    public static void write(CaseFileSnapshot snapshot, String creator, OutputStream out) throws IOException {
        write(collection(snapshot, creator), out);
    }

    /** Writes an annotation or a collection to {@code file}, replacing it atomically. */
    public static void write(JsonObject annotations, Path file) throws IOException {
        AtomicFile.write(file, out -> write(annotations, out));
    }

    /** Writes an annotation or a collection as UTF-8 JSON-LD. */
    public static void write(JsonObject annotations, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(annotations, writer);
        writer.flush();
    }

    /** The case file as a collection, its annotations embedded in its first page. */
    public static JsonObject collection(CaseFileSnapshot snapshot, String creator) {
        JsonArray items = new JsonArray();
        addAnnotations(snapshot, creator, items, new HashSet<>());
        return collection(CASE_FILE_URN + snapshot.id(), snapshot.title(), snapshot.taken(), items);
    }

    /**
     * Every case file of a workspace as one collection labelled {@code label}: each clip and link once, each item
     * once (with its tags and the notes of every case file on it). Which case file held what is not said: the model
     * has no place for it (a {@code .dossier} archive keeps it).
     */
    public static JsonObject workspace(String id, String label, List<CaseFileSnapshot> snapshots, String creator) {
        JsonArray items = new JsonArray();
        Map<String, ItemEntry> merged = new LinkedHashMap<>();
        for (CaseFileSnapshot snapshot : snapshots) {
            for (ItemEntry item : snapshot.items()) {
                merged.merge(item.source().itemId(), item, (a, b) -> new ItemEntry(a.source(), a.tags(),
                        concat(a.notes(), b.notes())));
            }
        }
        Set<String> written = new HashSet<>();
        for (CaseFileSnapshot snapshot : snapshots) {
            CaseFileSnapshot withMergedItems = new CaseFileSnapshot(snapshot.id(), snapshot.title(),
                    snapshot.description(), snapshot.status(), snapshot.created(), snapshot.modified(),
                    snapshot.taken(), snapshot.caseNotes(), snapshot.items().stream()
                            .map(item -> merged.get(item.source().itemId())).toList(),
                    snapshot.clips(), snapshot.links());
            addAnnotations(withMergedItems, creator, items, written);
        }
        Instant taken = snapshots.stream().map(CaseFileSnapshot::taken).max(Instant::compareTo).orElse(Instant.now());
        return collection(WORKSPACE_URN + id, label, taken, items);
    }

    /** One clip as a single annotation. */
    public static JsonObject clip(CaseFileSnapshot snapshot, String clipId, String creator) {
        return clip(snapshot.clip(clipId).orElseThrow(() -> new IllegalArgumentException("no clip " + clipId
                + " in case file " + snapshot.title())), creator);
    }

    /** Adds the annotations of {@code snapshot} whose ids are not in {@code written} yet. */
    private static void addAnnotations(CaseFileSnapshot snapshot, String creator, JsonArray items,
            Set<String> written) {
        List<JsonObject> annotations = new ArrayList<>();
        snapshot.clips().forEach(clip -> annotations.add(clip(clip, creator)));
        snapshot.items().stream().filter(item -> item.source().identityUrl() != null)
                .forEach(item -> annotations.add(item(item, creator)));
        snapshot.links().forEach(link -> annotations.add(link(link, snapshot, creator)));
        for (JsonObject annotation : annotations) {
            if (written.add(annotation.get("id").getAsString())) {
                items.add(annotation);
            }
        }
    }

    private static JsonObject collection(String id, String label, Instant generated, JsonArray items) {
        JsonObject page = new JsonObject();
        page.addProperty("type", "AnnotationPage");
        page.addProperty("startIndex", 0);
        page.add("items", items);
        JsonObject collection = new JsonObject();
        collection.addProperty("@context", CONTEXT);
        collection.addProperty("id", id);
        collection.addProperty("type", "AnnotationCollection");
        collection.addProperty("label", label);
        collection.addProperty("total", items.size());
        collection.add("generator", software());
        collection.addProperty("generated", generated.toString());
        collection.add("first", page);
        return collection;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static JsonObject clip(ClipEntry clip, String creator) {
        JsonArray bodies = new JsonArray();
        clip.notes().forEach(note -> bodies.add(note(note)));
        clip.tags().forEach(tag -> bodies.add(textual(tag, "tagging")));
        JsonObject annotation = annotation(CLIP_URN + clip.id(), motivation(clip.notes(), clip.tags(), "highlighting"),
                clip.created(), creator);
        if (!bodies.isEmpty()) {
            annotation.add("body", bodies);
        }
        JsonObject quote = new JsonObject();
        quote.addProperty("type", "TextQuoteSelector");
        quote.addProperty("exact", clip.exact());
        quote.addProperty("prefix", clip.prefix());
        quote.addProperty("suffix", clip.suffix());
        JsonObject position = new JsonObject();
        position.addProperty("type", "TextPositionSelector");
        position.addProperty("start", clip.start());
        position.addProperty("end", clip.end());
        JsonArray selectors = new JsonArray();
        selectors.add(quote);
        selectors.add(position);
        JsonObject target = source(clip.source());
        target.add("selector", selectors);
        annotation.add("target", target);
        return annotation;
    }

    private static JsonObject item(ItemEntry item, String creator) {
        JsonArray bodies = new JsonArray();
        item.notes().forEach(note -> bodies.add(note(note)));
        item.tags().forEach(tag -> bodies.add(textual(tag, "tagging")));
        JsonObject annotation = annotation(ITEM_URN + item.source().itemId(),
                motivation(item.notes(), item.tags(), "bookmarking"), item.source().captured(), creator);
        if (!bodies.isEmpty()) {
            annotation.add("body", bodies);
        }
        annotation.add("target", source(item.source()));
        return annotation;
    }

    private static JsonObject link(LinkEntry link, CaseFileSnapshot snapshot, String creator) {
        JsonObject annotation = annotation(LINK_URN + link.id(), "linking", link.created(), creator);
        JsonArray bodies = new JsonArray();
        // an External Web Resource must not have a purpose (model 3.3.5): the linked resource is a SpecificResource
        JsonObject linked = new JsonObject();
        linked.addProperty("type", "SpecificResource");
        linked.addProperty("source", urn(link.toId(), snapshot));
        linked.addProperty("purpose", "linking");
        bodies.add(linked);
        if (link.type() != null) {
            bodies.add(textual(link.type(), "classifying"));
        }
        if (link.note() != null && !link.note().isBlank()) {
            bodies.add(textual(link.note(), "commenting"));
        }
        annotation.add("body", bodies);
        annotation.addProperty("target", urn(link.fromId(), snapshot));
        return annotation;
    }

    /** The URN of a clip, case file or item named by a cross-reference. */
    private static String urn(String id, CaseFileSnapshot snapshot) {
        if (snapshot.clip(id).isPresent()) {
            return CLIP_URN + id;
        }
        return id.equals(snapshot.id()) ? CASE_FILE_URN + id : ITEM_URN + id;
    }

    private static String motivation(List<NoteEntry> notes, List<String> tags, String otherwise) {
        return !notes.isEmpty() ? "commenting" : !tags.isEmpty() ? "tagging" : otherwise;
    }

    private static JsonObject annotation(String id, String motivation, Instant created, String creator) {
        JsonObject annotation = new JsonObject();
        annotation.addProperty("@context", CONTEXT);
        annotation.addProperty("id", id);
        annotation.addProperty("type", "Annotation");
        annotation.addProperty("motivation", motivation);
        if (creator != null && !creator.isBlank()) {
            JsonObject person = new JsonObject();
            person.addProperty("type", "Person");
            person.addProperty("name", creator);
            annotation.add("creator", person);
        }
        if (created != null) {
            annotation.addProperty("created", created.toString());
        }
        annotation.add("generator", software());
        return annotation;
    }

    private static JsonObject source(Source source) {
        JsonObject target = new JsonObject();
        target.addProperty("type", "SpecificResource");
        target.addProperty("source", source.identityUrl() == null ? ITEM_URN + source.itemId() : source.identityUrl());
        if (source.title() != null) {
            target.addProperty("dc:title", source.title());
        }
        return target;
    }

    private static JsonObject note(NoteEntry note) {
        JsonObject body = textual(note.text(), "commenting");
        if (note.created() != null) {
            body.addProperty("created", note.created().toString());
        }
        return body;
    }

    private static JsonObject textual(String value, String purpose) {
        JsonObject body = new JsonObject();
        body.addProperty("type", "TextualBody");
        body.addProperty("value", value);
        body.addProperty("purpose", purpose);
        body.addProperty("format", "text/plain");
        return body;
    }

    private static JsonObject software() {
        JsonObject software = new JsonObject();
        software.addProperty("type", "Software");
        software.addProperty("name", "Dossier");
        return software;
    }
}
