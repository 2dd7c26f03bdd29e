package dossier.report;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.Anchoring;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;
import dossier.casefile.CaseFileException;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Target;
import dossier.model.Ids;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;
import dossier.store.CaptureStore;
import dossier.store.StoredItem;

/**
 * Imports W3C Web Annotations (an AnnotationCollection, a page, a list, one annotation) or
 * Hypothesis's export ({@code annotations} or {@code rows} with {@code uri}, {@code text},
 * {@code tags} and {@code target[].selector}) into a case file. Each annotation is matched to the
 * item with its target URL (canonical URL or URL) and anchored on the item's text with its
 * TextQuoteSelector (TextPositionSelector as a hint; Hypothesis's DOM RangeSelector does not apply
 * to extracted text). What cannot be matched or anchored is listed in {@link Result#unmatched()}.
 * Importing the same annotations again adds nothing.
 */
public final class WebAnnotationImport {

    private static final String DEFAULT_LINK_TYPE = "related";
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");

    /** What an annotation became: a clip, notes and tags on an item, or a cross-reference. */
    public record Imported(String annotationId, String kind, String id, String itemId, String anchoring) {
    }

    /** An annotation that was not imported, and why. */
    public record Unmatched(String annotationId, String source, String exact, String reason) {
    }

    /**
     * What an import did. {@code notApplicable}: annotations of what Dossier does not annotate (an image, several
     * resources at once, a selection in markup), each with the reason.
     */
    public record Result(String caseFile, int annotations, List<Imported> imported, int alreadyThere,
            List<Unmatched> unmatched, List<Unmatched> notApplicable) {
    }

    /** An annotation read from any of the accepted formats; {@code notApplicable} says why Dossier cannot take it. */
    private record Incoming(String id, String source, TextQuoteSelector quote, TextPositionSelector position,
            List<String> notes, List<String> tags, String linkTo, String linkType, String replyTo,
            String notApplicable) {
    }

    /**
     * Annotations read and matched against the store's items, with the texts they anchor on: importing them reads
     * nothing more from the store, so a workbench prepares them in a job and imports them on the UI thread.
     */
    public static final class Prepared {

        private final List<Incoming> annotations;
        private final List<Unmatched> notApplicable;
        private final int read;
        private final Optional<String> label;
        private final Map<String, String> itemsByReference;
        private final Map<String, String> titles = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        private Prepared(List<Incoming> annotations, List<Unmatched> notApplicable, int read, Optional<String> label,
                Map<String, String> itemsByReference) {
            this.annotations = annotations;
            this.notApplicable = notApplicable;
            this.read = read;
            this.label = label;
            this.itemsByReference = itemsByReference;
        }

        /** How many annotations were read. */
        public int size() {
            return read;
        }
    }

    private final ResearchWorkspace workspace;
    private final Prepared prepared;
    private final CaseFile caseFile;
    private final Map<String, String> clipsByAnnotation = new HashMap<>();
    private final List<Imported> imported = new ArrayList<>();
    private final List<Unmatched> unmatched = new ArrayList<>();
    private int alreadyThere;

    private WebAnnotationImport(ResearchWorkspace workspace, Prepared prepared, CaseFile caseFile) {
        this.workspace = workspace;
        this.prepared = prepared;
        this.caseFile = caseFile;
    }

    /** Reads annotation JSON; a file that is not JSON gets one clear message. */
    public static JsonElement read(Reader reader) throws IOException {
        try {
            return JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            Matcher where = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
            throw new IOException(where.find() ? "not JSON: malformed at line " + where.group(1) + " column "
                    + where.group(2) : "not JSON", e);
        }
    }

    /**
     * Imports {@code json} into the case file named {@code caseName}, or else the collection's
     * label, or else the Inbox. Call it where the model may be changed.
     */
    public static Result importInto(ResearchWorkspace workspace, JsonElement json, String caseName)
            throws IOException {
        return importInto(workspace, prepare(workspace.store(), json, () -> false), caseName);
    }

    /**
     * Reads the annotations of {@code json} and the store's items and texts they name, off the model; stops with a
     * {@link CancellationException} once {@code canceled} says so. JSON that holds no annotations is refused, and so
     * is JSON with a W3C annotation that breaks a MUST of the model: nothing of it is imported.
     */
    public static Prepared prepare(CaptureStore store, JsonElement json, BooleanSupplier canceled)
            throws IOException {
        List<JsonObject> objects = new ArrayList<>();
        collect(json, objects);
        if (objects.isEmpty() && !isCollection(json)) {
            throw new IOException("no annotations found: expected a W3C AnnotationCollection, AnnotationPage or"
                    + " Annotation, or a Hypothesis export");
        }
        JsonElement context = json.isJsonObject() ? json.getAsJsonObject().get("@context") : null;
        for (JsonObject object : objects) {
            if (AnnotationModelCheck.claimsW3c(object, context)) {
                Optional<String> violation = AnnotationModelCheck.violation(object, context);
                if (violation.isPresent()) {
                    throw new IOException("not a valid W3C Web Annotation: annotation " + describe(object) + ": "
                            + violation.get() + "; nothing was imported");
                }
            }
        }
        List<Unmatched> notApplicable = new ArrayList<>();
        List<Incoming> annotations = new ArrayList<>();
        for (JsonObject object : objects) {
            Incoming incoming = incoming(object);
            if (incoming.notApplicable() != null) {
                notApplicable.add(new Unmatched(incoming.id(), incoming.source(), null, incoming.notApplicable()));
            } else {
                annotations.add(incoming);
            }
        }
        elsewhere(json).ifPresent(notApplicable::add);
        Map<String, String> itemsByUrl = new HashMap<>();
        int[] seen = { 0 };
        store.forEachItem(item -> {
            if (++seen[0] % 1024 == 0 && canceled.getAsBoolean()) {
                throw new CancellationException();
            }
            for (String url : new String[] { item.url(), item.canonicalUrl() }) {
                if (url != null && !url.isBlank()) {
                    itemsByUrl.putIfAbsent(url, item.id());
                    itemsByUrl.putIfAbsent(normalized(url), item.id());
                }
            }
        });
        Map<String, String> itemsByReference = new HashMap<>();
        for (Incoming incoming : annotations) {
            for (String reference : new String[] { incoming.source(), incoming.linkTo() }) {
                if (reference != null && !itemsByReference.containsKey(reference)) {
                    itemsByReference.put(reference, item(store, itemsByUrl, reference).orElse(null));
                }
            }
        }
        Prepared prepared = new Prepared(annotations, List.copyOf(notApplicable), objects.size(), label(json),
                itemsByReference);
        for (Incoming incoming : annotations) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException();
            }
            String itemId = incoming.source() == null ? null : itemsByReference.get(incoming.source());
            if (itemId != null && (incoming.quote() != null || incoming.position() != null)
                    && !prepared.texts.containsKey(itemId)) {
                prepared.texts.put(itemId, store.text(itemId));
            }
        }
        for (String itemId : itemsByReference.values()) {
            if (itemId != null && !prepared.titles.containsKey(itemId)) {
                prepared.titles.put(itemId, store.item(itemId).map(StoredItem::title).orElse(itemId));
            }
        }
        return prepared;
    }

    /**
     * Imports prepared annotations into the case file named {@code caseName}, or else the collection's label, or
     * else the Inbox. Call it where the model may be changed; it reads nothing from the store.
     */
    public static Result importInto(ResearchWorkspace workspace, Prepared prepared, String caseName)
            throws IOException {
        String name = caseName != null ? caseName : prepared.label.orElse(ResearchWorkspace.INBOX);
        WebAnnotationImport run = new WebAnnotationImport(workspace, prepared, workspace.caseFileNamed(name));
        List<Incoming> replies = new ArrayList<>();
        List<Incoming> links = new ArrayList<>();
        for (Incoming incoming : prepared.annotations) {
            if (incoming.replyTo() != null) {
                replies.add(incoming);
            } else if (incoming.linkTo() != null) {
                links.add(incoming);
            } else {
                run.annotate(incoming);
            }
        }
        for (Incoming reply : replies) {
            run.reply(reply);
        }
        for (Incoming link : links) {
            run.link(link);
        }
        return new Result(run.caseFile.getTitle(), prepared.size(), List.copyOf(run.imported), run.alreadyThere,
                List.copyOf(run.unmatched), prepared.notApplicable);
    }

    // ---- reading the formats

    private static boolean isCollection(JsonElement json) {
        return json.isJsonArray() || json.isJsonObject() && (json.getAsJsonObject().has("annotations")
                || json.getAsJsonObject().has("rows") || "AnnotationCollection".equals(string(json, "type")));
    }

    /** A collection whose pages are elsewhere (its {@code first} an IRI): nothing in the file to import. */
    private static Optional<Unmatched> elsewhere(JsonElement json) {
        if (!json.isJsonObject() || !json.getAsJsonObject().has("first")
                || !json.getAsJsonObject().get("first").isJsonPrimitive()) {
            return Optional.empty();
        }
        return Optional.of(new Unmatched(describe(json.getAsJsonObject()), null, null, "the collection's annotations"
                + " are on pages elsewhere (first: " + string(json, "first") + "); Dossier imports the annotations"
                + " in the file and does not fetch pages"));
    }

    /** An annotation's id for messages. */
    private static String describe(JsonObject annotation) {
        JsonElement id = annotation.get("id");
        return id != null && id.isJsonPrimitive() ? id.getAsString() : id == null ? "without id" : id.toString();
    }

    private static Optional<String> label(JsonElement json) {
        return Optional.ofNullable(json.isJsonObject() ? string(json, "label") : null).filter(s -> !s.isBlank());
    }

    private static void collect(JsonElement json, List<JsonObject> annotations) {
        if (json == null || json.isJsonNull()) {
            return;
        }
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(element -> collect(element, annotations));
            return;
        }
        if (!json.isJsonObject()) {
            return;
        }
        JsonObject object = json.getAsJsonObject();
        if ("Annotation".equals(string(object, "type")) || object.has("target") || object.has("uri")) {
            annotations.add(object);
            return;
        }
        for (String member : new String[] { "annotations", "rows", "items", "first" }) {
            if (object.has(member) && !object.get(member).isJsonPrimitive()) {
                collect(object.get(member), annotations);
            }
        }
        if (object.has("first") && object.get("first").isJsonObject() && object.getAsJsonObject("first").has("next")
                && object.getAsJsonObject("first").get("next").isJsonObject()) {
            collect(object.getAsJsonObject("first").get("next"), annotations);
        }
    }

    private static Incoming incoming(JsonObject annotation) {
        String motivation = first(annotation.get("motivation"));
        JsonObject target = null;
        String source = null;
        JsonArray targets = array(annotation.get("target"));
        JsonElement firstTarget = targets.isEmpty() ? null : targets.get(0);
        if (firstTarget != null && firstTarget.isJsonPrimitive()) {
            source = firstTarget.getAsString();
        } else if (firstTarget != null && firstTarget.isJsonObject()) {
            target = firstTarget.getAsJsonObject();
            source = string(target, "source") != null ? string(target, "source") : string(target, "id");
        }
        if (source == null) {
            source = string(annotation, "uri");
        }
        TextQuoteSelector quote = null;
        TextPositionSelector position = null;
        List<String> otherSelectors = new ArrayList<>();
        for (JsonElement selector : target == null ? List.<JsonElement>of() : selectors(target.get("selector"))) {
            String type = selector.isJsonObject() ? string(selector, "type") : "a selector at " + selector;
            if ("TextQuoteSelector".equals(type) && string(selector, "exact") != null) {
                quote = new TextQuoteSelector(string(selector, "exact"), orEmpty(string(selector, "prefix")),
                        orEmpty(string(selector, "suffix")));
            } else if ("TextPositionSelector".equals(type)) {
                position = position(selector.getAsJsonObject());
            } else {
                otherSelectors.add(type);
            }
        }
        String notApplicable = targets.size() > 1 ? targets.size() + " targets; Dossier anchors an annotation on one"
                + " text" : target == null ? null : notApplicable(target);
        if (notApplicable == null && quote == null && position == null && !otherSelectors.isEmpty()) {
            notApplicable = "it selects by " + String.join(", ", otherSelectors) + "; Dossier anchors on an item's"
                    + " text by a TextQuoteSelector or TextPositionSelector";
        }
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String[] link = new String[2];
        for (JsonElement element : array(annotation.get("body"))) {
            body(element, motivation, notes, tags, link);
        }
        String linkTo = link[0];
        String linkType = link[1];
        if (string(annotation, "bodyValue") != null && !string(annotation, "bodyValue").isBlank()) {
            notes.add(string(annotation, "bodyValue"));
        }
        if (string(annotation, "text") != null && !string(annotation, "text").isBlank()) {
            notes.add(string(annotation, "text"));
        }
        for (JsonElement tag : array(annotation.get("tags"))) {
            if (tag.isJsonPrimitive() && !tag.getAsString().isBlank()) {
                tags.add(tag.getAsString());
            }
        }
        String id = string(annotation, "id") != null ? string(annotation, "id") : "(annotation without id)";
        JsonArray references = array(annotation.get("references"));
        String replyTo = references.isEmpty() ? null : first(references.get(references.size() - 1));
        return new Incoming(id, source, quote, position, notes, tags, linkTo, linkType, replyTo, notApplicable);
    }

    /** Reads one body into notes, tags and {@code link} (what it links to, the link type). */
    private static void body(JsonElement element, String motivation, List<String> notes, List<String> tags,
            String[] link) {
        if (element.isJsonPrimitive()) {
            if ("linking".equals(motivation)) {
                link[0] = element.getAsString();
            } else {
                notes.add(element.getAsString());
            }
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject part = element.getAsJsonObject();
        List<String> types = AnnotationModelCheck.types(part);
        JsonArray items = array(part.get("items"));
        if (types.contains("Choice")) {
            // a Choice is one of its items; the first is the default (model 3.2.7)
            if (!items.isEmpty()) {
                body(items.get(0), motivation, notes, tags, link);
            }
            return;
        }
        if (!items.isEmpty()) {
            items.forEach(item -> body(item, motivation, notes, tags, link));
            return;
        }
        String purpose = string(part, "purpose") != null ? string(part, "purpose") : motivation;
        String value = string(part, "value");
        String resource = string(part, "source") != null ? string(part, "source") : string(part, "id");
        if (value == null && part.has("source") && part.get("source").isJsonObject()) {
            resource = string(part.get("source"), "id");
        }
        if (value == null) {
            if ("linking".equals(purpose)) {
                link[0] = resource;
            } else if (resource != null) {
                notes.add(resource);
            }
        } else if ("tagging".equals(purpose)) {
            tags.add(value);
        } else if ("classifying".equals(purpose) && "linking".equals(motivation)) {
            link[1] = value;
        } else if (!value.isBlank()) {
            notes.add(value);
        }
    }

    /** Why Dossier cannot annotate {@code target} (an image, several resources, a PDF), or null. */
    private static String notApplicable(JsonObject target) {
        List<String> types = AnnotationModelCheck.types(target);
        for (String group : List.of("Composite", "List", "Independents")) {
            if (types.contains(group)) {
                return "the target is a " + group + " of " + array(target.get("items")).size() + " resources; Dossier"
                        + " anchors an annotation on one text";
            }
        }
        JsonObject resource = target.has("source") && target.get("source").isJsonObject()
                ? target.getAsJsonObject("source") : target;
        String format = string(resource, "format");
        for (String kind : List.of("Image", "Video", "Sound", "Audio", "Dataset", "Model")) {
            if (AnnotationModelCheck.types(resource).contains(kind)) {
                return "the target is " + (kind.equals("Image") ? "an image" : "a " + kind.toLowerCase(Locale.ROOT))
                        + "; Dossier annotates text";
            }
        }
        if (format != null && !format.startsWith("text/") && !format.contains("html") && !format.contains("xml")) {
            return "the target is " + format + "; Dossier annotates text";
        }
        return null;
    }

    /** A target's selectors, each followed by those that refine it (a FragmentSelector refined by a quote). */
    private static List<JsonElement> selectors(JsonElement selectors) {
        List<JsonElement> all = new ArrayList<>();
        for (JsonElement selector : array(selectors)) {
            all.add(selector);
            if (selector.isJsonObject()) {
                all.addAll(selectors(selector.getAsJsonObject().get("refinedBy")));
            }
        }
        return all;
    }

    private static TextPositionSelector position(JsonObject selector) {
        try {
            return new TextPositionSelector(selector.get("start").getAsInt(), selector.get("end").getAsInt());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonArray single(JsonElement element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    private static JsonArray array(JsonElement element) {
        return element == null || element.isJsonNull() ? new JsonArray()
                : element.isJsonArray() ? element.getAsJsonArray() : single(element);
    }

    private static String first(JsonElement element) {
        JsonArray values = array(element);
        return values.isEmpty() || !values.get(0).isJsonPrimitive() ? null : values.get(0).getAsString();
    }

    private static String string(JsonElement object, String member) {
        JsonElement value = object.getAsJsonObject().get(member);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- matching and anchoring

    private void annotate(Incoming incoming) throws IOException {
        Optional<String> itemId = item(incoming.source());
        if (itemId.isEmpty()) {
            unmatched.add(unmatched(incoming, incoming.source() == null ? "the annotation has no target URL"
                    : "no item has the URL " + incoming.source()));
            return;
        }
        if (incoming.quote() == null && incoming.position() == null) {
            annotateItem(incoming, itemId.get());
            return;
        }
        String text = prepared.texts.get(itemId.get());
        if (text == null) {
            unmatched.add(unmatched(incoming, "item " + itemId.get() + " has no text to anchor on"));
            return;
        }
        TextPositionSelector hint = incoming.position() != null && incoming.position().end() <= text.length()
                ? incoming.position() : new TextPositionSelector(0, 0);
        int start;
        int end;
        String method;
        if (incoming.quote() == null) {
            TextPositionSelector position = incoming.position();
            if (position.start() < 0 || position.end() <= position.start() || position.end() > text.length()) {
                unmatched.add(unmatched(incoming, "the position " + position.start() + "\u2013" + position.end()
                        + " is not within item " + itemId.get() + "'s text (" + text.length() + " characters)"));
                return;
            }
            start = position.start();
            end = position.end();
            method = "position";
        } else {
            AnchorResult result = Anchoring.anchor(text, incoming.quote(), hint);
            if (result instanceof AnchorResult.Orphaned orphaned) {
                unmatched.add(unmatched(incoming, "not found in item " + itemId.get() + ": " + orphaned.reason()));
                return;
            }
            AnchorResult.Anchored anchored = (AnchorResult.Anchored) result;
            start = anchored.start();
            end = anchored.end();
            method = anchored.method().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        Optional<Clip> existing = caseFile.getClips().stream().filter(c -> c.getItemId().equals(itemId.get())
                && c.getStart() == start && c.getEnd() == end).findFirst();
        if (existing.isPresent()) {
            alreadyThere++;
            clipsByAnnotation.put(incoming.id(), existing.get().getId());
            return;
        }
        try {
            List<String> notes = incoming.notes();
            Clip clip = workspace.clipAt(itemId.get(), text, start, end, caseFile, incoming.tags(),
                    notes.isEmpty() ? null : notes.get(0));
            addNotes(clip.getId(), notes.size() > 1 ? notes.subList(1, notes.size()) : List.of());
            clipsByAnnotation.put(incoming.id(), clip.getId());
            imported.add(new Imported(incoming.id(), "clip", clip.getId(), itemId.get(), method));
        } catch (CaseFileException e) {
            unmatched.add(unmatched(incoming, e.getMessage()));
        }
    }

    private void annotateItem(Incoming incoming, String itemId) throws IOException {
        boolean filed = workspace.holds(caseFile, itemId);
        List<String> newTags = incoming.tags().stream().filter(t -> !workspace.tagsOf(itemId).contains(t)).toList();
        List<String> newNotes = incoming.notes().stream().filter(text -> caseFile.getNotes().stream()
                .noneMatch(n -> n.getTargetId().equals(itemId) && text.equals(n.getText()))).toList();
        if (filed && newTags.isEmpty() && newNotes.isEmpty()) {
            alreadyThere++;
            return;
        }
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseFile, newTags));
        batch.include(itemId);
        workspace.intake().file(batch, Intake.ModelThread.CALLER);
        addNotes(itemId, newNotes);
        imported.add(new Imported(incoming.id(), "item", itemId, itemId, null));
    }

    /** A Hypothesis reply: its text becomes a note on the clip of the annotation it answers. */
    private void reply(Incoming incoming) {
        String clipId = clipsByAnnotation.get(incoming.replyTo());
        if (clipId == null) {
            unmatched.add(unmatched(incoming, "a reply to annotation " + incoming.replyTo()
                    + ", which was not imported"));
            return;
        }
        List<String> newNotes = incoming.notes().stream().filter(text -> caseFile.getNotes().stream()
                .noneMatch(n -> n.getTargetId().equals(clipId) && text.equals(n.getText()))).toList();
        if (newNotes.isEmpty()) {
            alreadyThere++;
            return;
        }
        addNotes(clipId, newNotes);
        imported.add(new Imported(incoming.id(), "note", clipId, null, null));
    }

    private void link(Incoming incoming) {
        Optional<Target> from = resolve(incoming.source());
        Optional<Target> to = resolve(incoming.linkTo());
        if (from.isEmpty() || to.isEmpty()) {
            String missing = from.isEmpty() ? incoming.source() : incoming.linkTo();
            unmatched.add(new Unmatched(incoming.id(), incoming.source(), null,
                    "links " + missing + ", which is not in this workspace"));
            return;
        }
        String type = incoming.linkType() == null ? DEFAULT_LINK_TYPE : incoming.linkType();
        boolean exists = caseFile.getCrossReferences().stream().anyMatch(r -> r.getFromId().equals(from.get().id())
                && r.getToId().equals(to.get().id()) && r.getType() != null && type.equalsIgnoreCase(r.getType().getName()));
        if (exists) {
            alreadyThere++;
            return;
        }
        try {
            CrossReference reference = workspace.link(from.get(), to.get(), type, caseFile);
            if (!incoming.notes().isEmpty()) {
                workspace.editingDomain().getCommandStack().execute(new SetCommand(workspace.editingDomain(),
                        reference, Literals.CROSS_REFERENCE__NOTE, String.join("\n\n", incoming.notes())));
            }
            imported.add(new Imported(incoming.id(), "link", reference.getId(), null, null));
        } catch (CaseFileException e) {
            unmatched.add(new Unmatched(incoming.id(), incoming.source(), null, e.getMessage()));
        }
    }

    /** What a link's end names: an imported clip, this case file, or an item by URN or URL. */
    private Optional<Target> resolve(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (clipsByAnnotation.containsKey(reference)) {
            String clipId = clipsByAnnotation.get(reference);
            return workspace.clip(clipId).map(clip -> new Target(Target.Kind.CLIP, clipId,
                    "\u201c" + clip.getExact() + "\u201d"));
        }
        if (reference.startsWith(WebAnnotationExport.CASE_FILE_URN)) {
            return Optional.of(new Target(Target.Kind.CASE_FILE, caseFile.getId(), caseFile.getTitle()));
        }
        return item(reference).map(id -> new Target(Target.Kind.ITEM, id, prepared.titles.get(id)));
    }

    private Optional<String> item(String source) {
        return source == null ? Optional.empty() : Optional.ofNullable(prepared.itemsByReference.get(source));
    }

    private static Optional<String> item(CaptureStore store, Map<String, String> itemsByUrl, String source)
            throws IOException {
        if (source.startsWith(WebAnnotationExport.ITEM_URN)) {
            String id = source.substring(WebAnnotationExport.ITEM_URN.length());
            return store.item(id).map(item -> id);
        }
        return Optional.ofNullable(itemsByUrl.getOrDefault(source, itemsByUrl.get(normalized(source))));
    }

    private void addNotes(String targetId, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        CompoundCommand command = new CompoundCommand("import notes");
        Date now = new Date();
        for (String text : texts) {
            Note note = CasefileFactory.eINSTANCE.createNote();
            note.setId(Ids.newId());
            note.setTargetId(targetId);
            note.setText(xmlSafe(text));
            note.setCreated(now);
            note.setModified(now);
            command.append(new AddCommand(workspace.editingDomain(), caseFile, Literals.CASE_FILE__NOTES, note));
        }
        workspace.editingDomain().getCommandStack().execute(command);
    }

    /** {@code text} without the characters an XML 1.0 model file cannot hold. */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static Unmatched unmatched(Incoming incoming, String reason) {
        return new Unmatched(incoming.id(), incoming.source(),
                incoming.quote() == null ? null : incoming.quote().exact(), reason);
    }

    /** A URL as compared when matching: no fragment, lower-case scheme and host, no trailing slash. */
    static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (uri.isOpaque() || host == null) {
                return uri.getRawSchemeSpecificPart() == null ? url : scheme + ":" + uri.getRawSchemeSpecificPart();
            }
            return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
