package dossier.report;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;

import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;
import dossier.store.CaptureStore;
import dossier.store.StoredItem;

/**
 * Everything a report or an export needs of one case file, read at once from the workspace's model
 * and store. It is immutable, so it can be taken on the thread that owns the model and written on
 * another.
 */
public record CaseFileSnapshot(String id, String title, String description, String status, Instant created,
        Instant modified, Instant taken, List<NoteEntry> caseNotes, List<ItemEntry> items, List<ClipEntry> clips,
        List<LinkEntry> links) {

    /** An item's provenance; {@code missing} when the store no longer has it (only the id is known then). */
    public record Source(String itemId, boolean missing, String type, String title, String url, String canonicalUrl,
            String author, Instant published, Instant captured, String sha256) {

        /** An item the store does not have (or was not asked about yet). */
        static Source unknown(String itemId) {
            return new Source(itemId, true, null, null, null, null, null, null, null, null);
        }

        /** The URL that identifies the item: the canonical URL, else the URL, else null. */
        public String identityUrl() {
            return canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl
                    : url == null || url.isBlank() ? null : url;
        }
    }

    public record NoteEntry(String id, String text, Instant created) {
    }

    public record ItemEntry(Source source, List<String> tags, List<NoteEntry> notes) {
    }

    public record ClipEntry(String id, Source source, String exact, String prefix, String suffix, int start, int end,
            String state, Instant created, List<String> tags, List<NoteEntry> notes) {
    }

    /** A cross-reference; {@code fromLabel}/{@code toLabel} say what the ids name. */
    public record LinkEntry(String id, String fromId, String fromLabel, String type, String toId, String toLabel,
            String note, Instant created) {
    }

    /** Reads {@code caseFile} with its sources from the store (in a command, or a job that may read the model). */
    public static CaseFileSnapshot of(ResearchWorkspace workspace, CaseFile caseFile) throws IOException {
        return read(workspace, caseFile).withSources(workspace.store());
    }

    /**
     * Reads the model's part of {@code caseFile} without touching the disk: call it where the model
     * may be read (the UI thread in the workbench), then {@link ModelPart#withSources} in a job.
     */
    public static ModelPart read(ResearchWorkspace workspace, CaseFile caseFile) {
        Map<String, List<NoteEntry>> notes = new HashMap<>();
        for (Note note : caseFile.getNotes()) {
            notes.computeIfAbsent(note.getTargetId(), k -> new ArrayList<>())
                    .add(new NoteEntry(note.getId(), note.getText(), instant(note.getCreated())));
        }
        notes.values().forEach(list -> list.sort(Comparator.comparing(NoteEntry::created,
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        Set<String> itemIds = new LinkedHashSet<>(caseFile.getItemIds());
        caseFile.getClips().forEach(clip -> itemIds.add(clip.getItemId()));
        Map<String, List<String>> tags = new HashMap<>();
        itemIds.forEach(id -> tags.put(id, workspace.tagsOf(id)));
        List<ClipEntry> clips = new ArrayList<>();
        for (Clip clip : caseFile.getClips()) {
            clips.add(new ClipEntry(clip.getId(), Source.unknown(clip.getItemId()), clip.getExact(),
                    clip.getPrefix(), clip.getSuffix(), clip.getStart(), clip.getEnd(), label(clip.getState()),
                    instant(clip.getCreated()),
                    workspace.tagsOf(clip.getId()), notes.getOrDefault(clip.getId(), List.of())));
        }
        List<LinkEntry> links = new ArrayList<>();
        for (CrossReference reference : caseFile.getCrossReferences()) {
            links.add(new LinkEntry(reference.getId(), reference.getFromId(), modelLabel(workspace,
                    reference.getFromId()), reference.getType() == null ? null : reference.getType().getName(),
                    reference.getToId(), modelLabel(workspace, reference.getToId()), reference.getNote(),
                    instant(reference.getCreated())));
        }
        CaseFileSnapshot withoutSources = new CaseFileSnapshot(caseFile.getId(), caseFile.getTitle(),
                caseFile.getDescription(), label(caseFile.getStatus()), instant(caseFile.getCreated()),
                instant(caseFile.getModified()), Instant.now(), notes.getOrDefault(caseFile.getId(), List.of()),
                List.of(), List.copyOf(clips), List.copyOf(links));
        return new ModelPart(withoutSources, List.copyOf(itemIds), tags, notes);
    }

    /** A case file as the model has it; its items' provenance is still to be read from the store. */
    public static final class ModelPart {
        private final CaseFileSnapshot snapshot;
        private final List<String> itemIds;
        private final Map<String, List<String>> tags;
        private final Map<String, List<NoteEntry>> notes;

        private ModelPart(CaseFileSnapshot snapshot, List<String> itemIds, Map<String, List<String>> tags,
                Map<String, List<NoteEntry>> notes) {
            this.snapshot = snapshot;
            this.itemIds = itemIds;
            this.tags = tags;
            this.notes = notes;
        }

        public String title() {
            return snapshot.title();
        }

        /** Completes the snapshot with each item's provenance; reads the store (any thread). */
        public CaseFileSnapshot withSources(CaptureStore store) throws IOException {
            Map<String, Source> sources = new HashMap<>();
            List<ItemEntry> items = new ArrayList<>();
            for (String itemId : itemIds) {
                Source source = source(store, itemId);
                sources.put(itemId, source);
                items.add(new ItemEntry(source, tags.get(itemId), notes.getOrDefault(itemId, List.of())));
            }
            List<ClipEntry> clips = new ArrayList<>();
            for (ClipEntry clip : snapshot.clips()) {
                clips.add(new ClipEntry(clip.id(), sources.get(clip.source().itemId()), clip.exact(), clip.prefix(),
                        clip.suffix(), clip.start(), clip.end(), clip.state(), clip.created(), clip.tags(),
                        clip.notes()));
            }
            List<LinkEntry> links = new ArrayList<>();
            for (LinkEntry link : snapshot.links()) {
                links.add(new LinkEntry(link.id(), link.fromId(), storeLabel(store, link.fromId(), link.fromLabel()),
                        link.type(), link.toId(), storeLabel(store, link.toId(), link.toLabel()), link.note(),
                        link.created()));
            }
            return new CaseFileSnapshot(snapshot.id(), snapshot.title(), snapshot.description(), snapshot.status(),
                    snapshot.created(), snapshot.modified(), snapshot.taken(), snapshot.caseNotes(),
                    List.copyOf(items), List.copyOf(clips), List.copyOf(links));
        }

    }

    private static Source source(CaptureStore store, String itemId) throws IOException {
        Optional<StoredItem> stored = store.item(itemId);
        if (stored.isEmpty()) {
            return Source.unknown(itemId);
        }
        StoredItem item = stored.get();
        String author = item.authorName() != null ? item.authorName() : item.authorHandle();
        return new Source(itemId, false, item.type() == null ? null : item.type().name().toLowerCase(Locale.ROOT),
                item.title(), item.url(), item.canonicalUrl(), author, item.published(), item.captured(),
                item.contentSha256());
    }

    /** What an id names as far as the model knows: a clip's quote, a case file's title; null for an item. */
    private static String modelLabel(ResearchWorkspace workspace, String id) {
        Optional<Clip> clip = workspace.clip(id);
        if (clip.isPresent()) {
            return "\u201c" + clip.get().getExact() + "\u201d";
        }
        return workspace.caseFiles().stream().filter(c -> c.getId().equals(id)).findFirst().map(CaseFile::getTitle)
                .orElse(null);
    }

    private static String storeLabel(CaptureStore store, String id, String modelLabel) throws IOException {
        return modelLabel != null ? modelLabel : store.item(id).map(StoredItem::title).orElse("(gone)");
    }

    /** An enum value as commands print it: lower case, "on-hold". */
    private static String label(Enumerator value) {
        return value == null ? null : value.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The tags used on clips, sorted; the clips of each are {@link #clipsTagged(String)}. */
    public List<String> clipTags() {
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        clips.forEach(clip -> tags.addAll(clip.tags()));
        return List.copyOf(tags);
    }

    /** The clips with this tag, or with no tag when {@code tag} is null. */
    public List<ClipEntry> clipsTagged(String tag) {
        return clips.stream().filter(clip -> tag == null ? clip.tags().isEmpty() : clip.tags().contains(tag)).toList();
    }

    /** The clip with this id, if this case file holds it. */
    public Optional<ClipEntry> clip(String clipId) {
        return clips.stream().filter(clip -> clip.id().equals(clipId)).findFirst();
    }
}
