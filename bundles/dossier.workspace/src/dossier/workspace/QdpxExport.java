package dossier.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dossier.casefile.ResearchWorkspace;
import dossier.core.product.ProductInfo;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Note;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSet;
import dossier.store.AtomicFile;
import dossier.store.StoredItem;

/**
 * Case files as a REFI-QDA project ({@code .qdpx}: a zip with {@code project.qde}, namespace {@value #NAMESPACE},
 * and each source's text in {@code sources/}), the project exchange format of NVivo, ATLAS.ti, MAXQDA and QualCoder:
 * the user as a {@code User}, every tag scheme's tags as the {@code CodeBook} (its tag sets as {@code Sets}), each
 * item as a {@code TextSource} with its plain text, each clip as a {@code PlainTextSelection} (positions in
 * characters, that is code points) with a {@code Coding} per tag and its notes, the items' own tags as codings of
 * the source, and notes on items, clips and case files as {@code Notes}. Guids are the ids where those are guids,
 * else derived from them, so exporting again gives the same guids.
 */
public final class QdpxExport {

    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    public static final String EXTENSION = "qdpx";
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES = "sources/";
    static final String INTERNAL = "internal://";

    /** What was written. */
    public record Written(int sources, int selections, int codes, int notes) {
    }

    private final ResearchWorkspace workspace;
    private final String userGuid;
    private final Document document;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Element> notes = new LinkedHashMap<>();
    private int selections;

    private QdpxExport(ResearchWorkspace workspace, String user) throws IOException {
        this.workspace = workspace;
        this.userGuid = UUID.nameUUIDFromBytes(("dossier-user:" + user).getBytes(StandardCharsets.UTF_8)).toString();
        try {
            this.document = Codebooks.builder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A project read from the model and the store, to be written. */
    public record Prepared(byte[] project, Map<String, String> texts, Written written) {
    }

    /**
     * Writes {@code caseFiles} as one project named {@code name} by {@code user} to {@code file}, replacing it
     * atomically. Reads the model and the store: call it where the model may be read.
     */
    public static Written write(ResearchWorkspace workspace, List<CaseFile> caseFiles, String name, String user,
            Path file) throws IOException {
        Prepared prepared = prepare(workspace, caseFiles, name, user);
        write(prepared, file);
        return prepared.written();
    }

    /** Reads the project from the model and the store (inside {@code ResearchWorkspace.readModel} off its thread). */
    public static Prepared prepare(ResearchWorkspace workspace, List<CaseFile> caseFiles, String name, String user)
            throws IOException {
        QdpxExport export = new QdpxExport(workspace, user);
        byte[] project = export.project(caseFiles, name, user);
        int codes = workspace.model().getTagSchemes().stream().mapToInt(s -> Tags.all(s).size()).sum();
        return new Prepared(project, Map.copyOf(export.texts), new Written(export.texts.size(), export.selections,
                codes, export.notes.size()));
    }

    /** Writes a prepared project to {@code file}, replacing it atomically (any thread). */
    public static void write(Prepared prepared, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
            zip.write(prepared.project());
            zip.closeEntry();
            for (Map.Entry<String, String> text : new TreeMap<>(prepared.texts()).entrySet()) {
                zip.putNextEntry(new ZipEntry(SOURCES + text.getKey() + ".txt"));
                zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    private byte[] project(List<CaseFile> caseFiles, String name, String user) throws IOException {
        Element project = element(document, "Project");
        document.appendChild(project);
        project.setAttribute("name", name);
        project.setAttribute("origin", ProductInfo.NAME + " " + ProductInfo.version());
        project.setAttribute("creatingUserGUID", userGuid);
        project.setAttribute("creationDateTime", Instant.now().toString());
        Element users = child(project, "Users");
        Element person = child(users, "User");
        person.setAttribute("guid", userGuid);
        person.setAttribute("name", user);
        codeBook(project);

        Map<String, List<Clip>> clipsByItem = new LinkedHashMap<>();
        Map<String, Set<Tag>> tagsByTarget = new LinkedHashMap<>();
        Map<String, List<Note>> notesByTarget = new LinkedHashMap<>();
        Set<String> caseFileIds = new HashSet<>();
        for (CaseFile caseFile : caseFiles) {
            caseFileIds.add(caseFile.getId());
            caseFile.getItemIds().forEach(id -> clipsByItem.computeIfAbsent(id, k -> new ArrayList<>()));
            for (Clip clip : caseFile.getClips()) {
                clipsByItem.computeIfAbsent(clip.getItemId(), k -> new ArrayList<>()).add(clip);
            }
            for (TagAssignment assignment : caseFile.getTagAssignments()) {
                if (assignment.getTag() != null) {
                    tagsByTarget.computeIfAbsent(assignment.getTargetId(), k -> new LinkedHashSet<>())
                            .add(assignment.getTag());
                }
            }
            for (Note note : caseFile.getNotes()) {
                notesByTarget.computeIfAbsent(note.getTargetId(), k -> new ArrayList<>()).add(note);
            }
        }
        Element sources = document.createElementNS(NAMESPACE, "Sources");
        for (Map.Entry<String, List<Clip>> item : clipsByItem.entrySet()) {
            StoredItem stored = workspace.store().item(item.getKey()).orElse(null);
            if (stored != null) {
                sources.appendChild(source(stored, item.getValue(), tagsByTarget, notesByTarget));
            }
        }
        if (sources.hasChildNodes()) {
            project.appendChild(sources);
        }
        List<Note> caseNotes = new ArrayList<>();
        caseFileIds.forEach(id -> caseNotes.addAll(notesByTarget.getOrDefault(id, List.of())));
        caseNotes.forEach(this::note);
        if (!notes.isEmpty()) {
            Element notesElement = child(project, "Notes");
            notes.values().forEach(notesElement::appendChild);
        }
        sets(project);
        String description = String.join("\n\n", caseFiles.stream().map(CaseFile::getDescription)
                .filter(d -> d != null && !d.isBlank()).toList());
        if (!description.isEmpty()) {
            child(project, "Description").setTextContent(description);
        }
        caseNotes.forEach(note -> noteRef(project, note));
        return Codebooks.serialize(document);
    }

    private void codeBook(Element project) {
        List<Tag> tags = new ArrayList<>();
        workspace.model().getTagSchemes().forEach(scheme -> tags.addAll(scheme.getTags()));
        if (tags.isEmpty()) {
            return;
        }
        Element codes = child(child(project, "CodeBook"), "Codes");
        for (int i = 0; i < tags.size(); i++) {
            codes.appendChild(Codebooks.code(document, NAMESPACE, tags.get(i), Codebooks.palette(i)));
        }
    }

    private Element source(StoredItem item, List<Clip> clips, Map<String, Set<Tag>> tagsByTarget,
            Map<String, List<Note>> notesByTarget) throws IOException {
        String guid = Codebooks.guid(item.id());
        String text = workspace.store().text(item.id());
        texts.put(guid, text == null ? "" : text);
        Element source = element(document, "TextSource");
        source.setAttribute("guid", guid);
        source.setAttribute("name", item.title() == null || item.title().isBlank() ? item.id() : item.title());
        source.setAttribute("plainTextPath", INTERNAL + guid + ".txt");
        source.setAttribute("creatingUser", userGuid);
        source.setAttribute("creationDateTime", item.captured().toString());
        String url = item.canonicalUrl() != null ? item.canonicalUrl() : item.url();
        if (url != null && !url.isBlank()) {
            child(source, "Description").setTextContent(url);
        }
        for (Clip clip : clips) {
            String content = texts.get(guid);
            if (clip.getEnd() > content.length() || clip.getStart() >= clip.getEnd()) {
                continue;
            }
            Element selection = child(source, "PlainTextSelection");
            selection.setAttribute("guid", Codebooks.guid(clip.getId()));
            selection.setAttribute("name", clip.getExact());
            selection.setAttribute("startPosition", String.valueOf(content.codePointCount(0, clip.getStart())));
            selection.setAttribute("endPosition", String.valueOf(content.codePointCount(0, clip.getEnd())));
            selection.setAttribute("creatingUser", userGuid);
            if (clip.getCreated() != null) {
                selection.setAttribute("creationDateTime", clip.getCreated().toInstant().toString());
            }
            codings(selection, clip.getId(), tagsByTarget, clip.getCreated());
            notesByTarget.getOrDefault(clip.getId(), List.of()).forEach(note -> noteRef(selection, note));
            selections++;
        }
        codings(source, item.id(), tagsByTarget, null);
        notesByTarget.getOrDefault(item.id(), List.of()).forEach(note -> noteRef(source, note));
        return source;
    }

    private void codings(Element parent, String targetId, Map<String, Set<Tag>> tagsByTarget, Date created) {
        for (Tag tag : tagsByTarget.getOrDefault(targetId, Set.of())) {
            Element coding = child(parent, "Coding");
            coding.setAttribute("guid", UUID.nameUUIDFromBytes(("dossier-coding:" + targetId + ":" + tag.getId())
                    .getBytes(StandardCharsets.UTF_8)).toString());
            coding.setAttribute("creatingUser", userGuid);
            if (created != null) {
                coding.setAttribute("creationDateTime", created.toInstant().toString());
            }
            child(coding, "CodeRef").setAttribute("targetGUID", Codebooks.guid(tag.getId()));
        }
    }

    private void noteRef(Element parent, Note note) {
        note(note);
        child(parent, "NoteRef").setAttribute("targetGUID", Codebooks.guid(note.getId()));
    }

    /** The note in the project's Notes (once). */
    private void note(Note note) {
        String guid = Codebooks.guid(note.getId());
        if (notes.containsKey(guid)) {
            return;
        }
        Element element = element(document, "Note");
        element.setAttribute("guid", guid);
        String text = note.getText() == null ? "" : note.getText();
        String firstLine = text.strip().lines().findFirst().orElse("");
        element.setAttribute("name", firstLine.length() <= 60 ? firstLine : firstLine.substring(0, 59) + "\u2026");
        element.setAttribute("creatingUser", userGuid);
        if (note.getCreated() != null) {
            element.setAttribute("creationDateTime", note.getCreated().toInstant().toString());
        }
        child(element, "PlainTextContent").setTextContent(text);
        notes.put(guid, element);
    }

    private void sets(Element project) {
        Element sets = document.createElementNS(NAMESPACE, "Sets");
        for (TagScheme scheme : workspace.model().getTagSchemes()) {
            Set<String> tagIds = new HashSet<>();
            Tags.all(scheme).forEach(tag -> tagIds.add(tag.getId()));
            for (TagSet tagSet : scheme.getSets()) {
                Element set = child(sets, "Set");
                set.setAttribute("guid", Codebooks.guid(tagSet.getId()));
                set.setAttribute("name", tagSet.getName() == null ? "" : tagSet.getName());
                if (tagSet.getDescription() != null && !tagSet.getDescription().isEmpty()) {
                    child(set, "Description").setTextContent(tagSet.getDescription());
                }
                tagSet.getMemberIds().stream().filter(tagIds::contains).forEach(
                        id -> child(set, "MemberCode").setAttribute("targetGUID", Codebooks.guid(id)));
            }
        }
        if (sets.hasChildNodes()) {
            project.appendChild(sets);
        }
    }

    private static Element element(Document document, String name) {
        return document.createElementNS(NAMESPACE, name);
    }

    private Element child(Element parent, String name) {
        Element child = element(document, name);
        parent.appendChild(child);
        return child;
    }
}
