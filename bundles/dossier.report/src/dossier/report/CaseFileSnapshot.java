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
import dossier.casefile.Target;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.Note;
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

    /** Reads {@code caseFile}; call it where the model may be read (the UI thread in the workbench). */
    public static CaseFileSnapshot of(ResearchWorkspace workspace, CaseFile caseFile) throws IOException {
        Map<String, List<NoteEntry>> notes = new HashMap<>();
        for (Note note : caseFile.getNotes()) {
            notes.computeIfAbsent(note.getTargetId(), k -> new ArrayList<>())
                    .add(new NoteEntry(note.getId(), note.getText(), instant(note.getCreated())));
        }
        notes.values().forEach(list -> list.sort(Comparator.comparing(NoteEntry::created,
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        Map<String, Source> sources = new HashMap<>();
        Set<String> itemIds = new LinkedHashSet<>(caseFile.getItemIds());
        caseFile.getClips().forEach(clip -> itemIds.add(clip.getItemId()));
        List<ItemEntry> items = new ArrayList<>();
        for (String itemId : itemIds) {
            Source source = source(workspace, itemId);
            sources.put(itemId, source);
            items.add(new ItemEntry(source, workspace.tagsOf(itemId), notes.getOrDefault(itemId, List.of())));
        }
        List<ClipEntry> clips = new ArrayList<>();
        for (Clip clip : caseFile.getClips()) {
            clips.add(new ClipEntry(clip.getId(), sources.get(clip.getItemId()), clip.getExact(), clip.getPrefix(),
                    clip.getSuffix(), clip.getStart(), clip.getEnd(),
                    label(clip.getState()), instant(clip.getCreated()),
                    workspace.tagsOf(clip.getId()), notes.getOrDefault(clip.getId(), List.of())));
        }
        List<LinkEntry> links = new ArrayList<>();
        for (CrossReference reference : caseFile.getCrossReferences()) {
            links.add(new LinkEntry(reference.getId(), reference.getFromId(), label(workspace, reference.getFromId()),
                    reference.getType() == null ? null : reference.getType().getName(), reference.getToId(),
                    label(workspace, reference.getToId()), reference.getNote(), instant(reference.getCreated())));
        }
        return new CaseFileSnapshot(caseFile.getId(), caseFile.getTitle(), caseFile.getDescription(),
                label(caseFile.getStatus()), instant(caseFile.getCreated()),
                instant(caseFile.getModified()), Instant.now(), notes.getOrDefault(caseFile.getId(), List.of()),
                List.copyOf(items), List.copyOf(clips), List.copyOf(links));
    }

    private static Source source(ResearchWorkspace workspace, String itemId) throws IOException {
        Optional<StoredItem> stored = workspace.store().item(itemId);
        if (stored.isEmpty()) {
            return new Source(itemId, true, null, null, null, null, null, null, null, null);
        }
        StoredItem item = stored.get();
        String author = item.authorName() != null ? item.authorName() : item.authorHandle();
        return new Source(itemId, false, item.type() == null ? null : item.type().name().toLowerCase(Locale.ROOT), item.title(),
                item.url(), item.canonicalUrl(), author, item.published(), item.captured(), item.contentSha256());
    }

    private static String label(ResearchWorkspace workspace, String id) throws IOException {
        return workspace.target(id).map(Target::label).orElse("(gone)");
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
