package dossier.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.Anchoring;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;
import dossier.casefile.CaseFileException;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.store.Capture;
import dossier.store.ItemType;
import dossier.store.PutResult;
import dossier.workspace.internal.ZipDirectory;

/**
 * Imports a REFI-QDA project ({@code .qdpx}) made by another tool (or by {@link QdpxExport}) into a case file: its
 * codes become a new tag scheme (through {@link Codebooks}, collisions said), each {@code TextSource} an item
 * (through the intake), each {@code PlainTextSelection} a clip anchored where its positions say (the quote at those
 * positions, anchored by {@code dossier.anchoring} on the stored text) with its codings as tags and its notes, codings
 * of a whole source the item's tags, notes on sources and on the project notes on the items and the case file.
 * What Dossier cannot represent (pictures, PDFs, audio, video, variables, cases, links, graphs, sets of sources or
 * notes) is listed in {@link Result#notImported()}. The archive is read like a {@code .dossier} archive: no links, no
 * unsafe or duplicate names, bounded sizes (a zip bomb stops at the limit), and XML without DTDs or entities.
 */
public final class QdpxImport {

    /** The largest project.qde or source text read: far above a real project, far below a zip bomb. */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    /** What an import did. */
    public record Result(String caseFile, String tagScheme, int items, int clips, int notes, List<String> collisions,
            List<String> notImported) {

        /** What was imported in one line. */
        public String summary() {
            return "imported into '" + caseFile + "': " + items + " items, " + clips + " clips, " + notes + " notes"
                    + (tagScheme == null ? "" : "; codes as tag scheme '" + tagScheme + "'");
        }
    }

    /** A piece of the import that changes the model. */
    private interface ModelChange<T> {
        T run() throws IOException, ArchiveException;
    }

    private final ResearchWorkspace workspace;
    private final ZipFile zip;
    private final Intake.ModelThread model;
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Set<String> notesUsed = new HashSet<>();
    private final List<String> notImported = new ArrayList<>();
    private Map<String, String> tagIds = Map.of();
    private CaseFile caseFile;
    private int items;
    private int clips;
    private int notesAdded;

    private QdpxImport(ResearchWorkspace workspace, ZipFile zip, Intake.ModelThread model) {
        this.workspace = workspace;
        this.zip = zip;
        this.model = model;
    }

    /**
     * Imports {@code file} into the case file named {@code caseName} (created if new; default: the project's name),
     * reading the archive and the store on this thread and changing the model on {@code model} (a workbench job passes
     * the UI thread). A file that is not a safe, well-formed project is refused with an {@link ArchiveException}
     * before anything is filed.
     */
    public static Result importInto(ResearchWorkspace workspace, Path file, String caseName,
            Intake.ModelThread model) throws IOException, ArchiveException {
        Set<String> names = new HashSet<>();
        for (ZipDirectory.Entry entry : ZipDirectory.read(file)) {
            String name = entry.name();
            if (entry.symlink() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || List.of(name.split("/")).contains("..")) {
                throw new ArchiveException("unsafe entry name in the project: " + name);
            }
            if (!names.add(name)) {
                throw new ArchiveException("the project has two entries named " + name);
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            QdpxImport run = new QdpxImport(workspace, zip, model);
            Element project = run.project();
            String projectName = project.getAttribute("name").isBlank()
                    ? file.getFileName().toString().replaceFirst("\\.[^.]*$", "") : project.getAttribute("name").strip();
            return run.importProject(project, projectName, caseName != null ? caseName : projectName);
        }
    }

    private Element project() throws IOException, ArchiveException {
        ZipEntry entry = zip.getEntry(QdpxExport.PROJECT_ENTRY);
        if (entry == null) {
            throw new ArchiveException("not a REFI-QDA project: no " + QdpxExport.PROJECT_ENTRY + " in it");
        }
        Document document;
        try {
            document = Codebooks.builder().parse(new ByteArrayInputStream(bytes(entry)));
        } catch (SAXException e) {
            throw new ArchiveException("not a REFI-QDA project: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        Element project = document.getDocumentElement();
        if (!QdpxExport.NAMESPACE.equals(project.getNamespaceURI()) || !"Project".equals(project.getLocalName())) {
            throw new ArchiveException("not a REFI-QDA project: the root element is {" + project.getNamespaceURI()
                    + "}" + project.getLocalName() + ", expected Project in " + QdpxExport.NAMESPACE);
        }
        return project;
    }

    /** Files the project in the case file {@code name}; its codes become a tag scheme named like the project. */
    private Result importProject(Element project, String projectName, String name)
            throws IOException, ArchiveException {
        for (Element notesElement : children(project, "Notes")) {
            for (Element note : children(notesElement, "Note")) {
                notes.put(note.getAttribute("guid"), text(note, "note " + note.getAttribute("name")));
            }
        }
        List<Element> sources = new ArrayList<>();
        for (Element sourcesElement : children(project, "Sources")) {
            for (Element source : children(sourcesElement, null)) {
                if ("TextSource".equals(source.getLocalName())) {
                    sources.add(source);
                } else {
                    notImported.add(source.getLocalName() + " '" + source.getAttribute("name") + "': "
                            + kind(source.getLocalName()) + " are not items Dossier keeps");
                }
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element source : sources) {
            texts.put(source.getAttribute("guid"), text(source, "source " + source.getAttribute("name")));
        }
        for (String part : new String[] { "Variables", "Cases", "Links", "Graphs" }) {
            int count = children(project, part).stream().mapToInt(e -> children(e, null).size()).sum();
            if (count > 0) {
                notImported.add(count + " " + part.toLowerCase() + ": Dossier has no " + part.toLowerCase());
            }
        }
        Codebooks.Imported codes = codes(project, projectName);
        caseFile = inModel(() -> workspace.caseFileNamed(name));
        for (Element source : sources) {
            String text = texts.get(source.getAttribute("guid"));
            if (text != null) {
                source(source, text);
            }
        }
        for (Element ref : children(project, "NoteRef")) {
            addNote(caseFile.getId(), ref.getAttribute("targetGUID"));
        }
        for (Map.Entry<String, String> note : notes.entrySet()) {
            if (!notesUsed.contains(note.getKey())) {
                addNote(caseFile.getId(), note.getKey());
            }
        }
        return new Result(caseFile.getTitle(), codes == null ? null : codes.scheme().getName(), items, clips,
                notesAdded, codes == null ? List.of() : codes.collisions(), List.copyOf(notImported));
    }

    /** The project's codes (and sets of codes) as a new tag scheme, through a codebook. */
    private Codebooks.Imported codes(Element project, String name) throws IOException, ArchiveException {
        List<Element> books = children(project, "CodeBook");
        if (books.isEmpty() || children(books.get(0), "Codes").isEmpty()) {
            return null;
        }
        Document codebook;
        try {
            codebook = Codebooks.builder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        Element root = codebook.createElementNS(Codebooks.NAMESPACE, "CodeBook");
        codebook.appendChild(root);
        Element codes = codebook.createElementNS(Codebooks.NAMESPACE, "Codes");
        root.appendChild(codes);
        for (Element code : children(children(books.get(0), "Codes").get(0), "Code")) {
            codes.appendChild(code(codebook, code));
        }
        Element sets = codebook.createElementNS(Codebooks.NAMESPACE, "Sets");
        for (Element setsElement : children(project, "Sets")) {
            for (Element set : children(setsElement, "Set")) {
                Element copy = codebook.createElementNS(Codebooks.NAMESPACE, "Set");
                copy.setAttribute("guid", set.getAttribute("guid"));
                copy.setAttribute("name", set.getAttribute("name"));
                for (Element description : children(set, "Description")) {
                    copy.appendChild(codebook.createElementNS(Codebooks.NAMESPACE, "Description"))
                            .setTextContent(description.getTextContent());
                }
                for (Element member : children(set, "MemberCode")) {
                    ((Element) copy.appendChild(codebook.createElementNS(Codebooks.NAMESPACE, "MemberCode")))
                            .setAttribute("guid", member.getAttribute("targetGUID"));
                }
                int others = children(set, "MemberSource").size() + children(set, "MemberNote").size();
                if (others > 0) {
                    notImported.add("set '" + set.getAttribute("name") + "': its " + others + " sources and notes"
                            + " (Dossier's sets group tags only)");
                }
                sets.appendChild(copy);
            }
        }
        if (sets.hasChildNodes()) {
            root.appendChild(sets);
        }
        byte[] bytes = Codebooks.serialize(codebook);
        Codebooks.Imported imported = inModel(() -> {
            String schemeName = name;
            for (int n = 2; Codebooks.scheme(workspace, schemeName).isPresent(); n++) {
                schemeName = name + " (" + n + ")";
            }
            return Codebooks.importInto(workspace, new ByteArrayInputStream(bytes), schemeName);
        });
        tagIds = imported.tagIds();
        return imported;
    }

    private static Element code(Document codebook, Element code) {
        Element copy = codebook.createElementNS(Codebooks.NAMESPACE, "Code");
        for (String attribute : new String[] { "guid", "name", "isCodable", "color" }) {
            if (code.hasAttribute(attribute)) {
                copy.setAttribute(attribute, code.getAttribute(attribute));
            }
        }
        for (Element description : children(code, "Description")) {
            copy.appendChild(codebook.createElementNS(Codebooks.NAMESPACE, "Description"))
                    .setTextContent(description.getTextContent());
        }
        for (Element child : children(code, "Code")) {
            copy.appendChild(code(codebook, child));
        }
        return copy;
    }

    /** A text source as an item through the intake, filed with its own codings, then its selections as clips. */
    private void source(Element source, String text) throws IOException, ArchiveException {
        String name = source.getAttribute("name").isBlank() ? source.getAttribute("guid") : source.getAttribute("name");
        Capture capture = new Capture(ItemType.DOCUMENT, null, null, name, null, null, null, null,
                instant(source.getAttribute("creationDateTime")), null, "text/plain",
                text.getBytes(StandardCharsets.UTF_8), text);
        Intake.Batch batch = workspace.intake().batch(Intake.Filing.into(caseFile, codings(source, name)));
        PutResult put = batch.put(capture);
        workspace.intake().file(batch, model);
        String itemId = put.id();
        items++;
        for (Element ref : children(source, "NoteRef")) {
            addNote(itemId, ref.getAttribute("targetGUID"));
        }
        String stored = workspace.store().text(itemId);
        for (Element selection : children(source, "PlainTextSelection")) {
            selection(selection, itemId, text, stored == null ? text : stored, name);
        }
    }

    private void selection(Element selection, String itemId, String text, String stored, String sourceName)
            throws IOException, ArchiveException {
        String label = "selection '" + selection.getAttribute("name") + "' of '" + sourceName + "'";
        int start;
        int end;
        try {
            int startPoint = Integer.parseInt(selection.getAttribute("startPosition").strip());
            int endPoint = Integer.parseInt(selection.getAttribute("endPosition").strip());
            int points = text.codePointCount(0, text.length());
            if (startPoint < 0 || endPoint <= startPoint || endPoint > points) {
                notImported.add(label + ": positions " + startPoint + "\u2013" + endPoint + " are not within its"
                        + " text (" + points + " characters)");
                return;
            }
            start = text.offsetByCodePoints(0, startPoint);
            end = text.offsetByCodePoints(0, endPoint);
        } catch (NumberFormatException e) {
            notImported.add(label + ": its positions are not numbers");
            return;
        }
        TextQuoteSelector quote = new TextQuoteSelector(text.substring(start, end),
                text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32)));
        AnchorResult anchored = Anchoring.anchor(stored, quote, new TextPositionSelector(start, end));
        if (anchored instanceof AnchorResult.Orphaned orphaned) {
            notImported.add(label + ": not found in the stored text: " + orphaned.reason());
            return;
        }
        AnchorResult.Anchored at = (AnchorResult.Anchored) anchored;
        List<String> noteGuids = new ArrayList<>();
        children(selection, "NoteRef").forEach(ref -> noteGuids.add(ref.getAttribute("targetGUID")));
        for (Element coding : children(selection, "Coding")) {
            children(coding, "NoteRef").forEach(ref -> noteGuids.add(ref.getAttribute("targetGUID")));
        }
        List<String> tags = codings(selection, label);
        String clipId = inModel(() -> {
            Clip clip = caseFile.getClips().stream().filter(c -> c.getItemId().equals(itemId)
                    && c.getStart() == at.start() && c.getEnd() == at.end()).findFirst().orElse(null);
            try {
                if (clip == null) {
                    clip = workspace.clipAt(itemId, stored, at.start(), at.end(), caseFile, tags, null);
                    clips++;
                }
                return clip.getId();
            } catch (CaseFileException e) {
                notImported.add(label + ": " + e.getMessage());
                return null;
            }
        });
        if (clipId != null) {
            for (String guid : noteGuids) {
                addNote(clipId, guid);
            }
        }
    }

    /** The tag ids of an element's codings; a coding of a code the project does not have is listed. */
    private List<String> codings(Element element, String label) {
        List<String> ids = new ArrayList<>();
        for (Element coding : children(element, "Coding")) {
            for (Element ref : children(coding, "CodeRef")) {
                String tagId = tagIds.get(ref.getAttribute("targetGUID"));
                if (tagId == null) {
                    notImported.add("a coding of " + label + ": code " + ref.getAttribute("targetGUID")
                            + " is not in the project's codebook");
                } else if (!ids.contains(tagId)) {
                    ids.add(tagId);
                }
            }
        }
        return ids;
    }

    /** The note {@code guid} on {@code targetId}, unless that already has a note with its text. */
    private void addNote(String targetId, String guid) throws IOException, ArchiveException {
        String text = notes.get(guid);
        if (text == null) {
            notImported.add("a reference to note " + guid + ", which the project does not have");
            return;
        }
        notesUsed.add(guid);
        if (text.isBlank()) {
            return;
        }
        inModel(() -> {
            if (workspace.notesOn(targetId).stream().noneMatch(n -> text.equals(n.getText()))) {
                try {
                    workspace.addNote(targetId, text, caseFile);
                    notesAdded++;
                } catch (CaseFileException e) {
                    notImported.add("note " + guid + ": " + e.getMessage());
                }
            }
            return null;
        });
    }

    /** Runs {@code change} on the model's thread and returns what it gave, or throws what it threw. */
    private <T> T inModel(ModelChange<T> change) throws IOException, ArchiveException {
        List<T> result = new ArrayList<>(1);
        Exception[] failure = new Exception[1];
        model.run(() -> {
            try {
                result.add(change.run());
            } catch (IOException | ArchiveException | RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof IOException e) {
            throw e;
        } else if (failure[0] instanceof ArchiveException e) {
            throw e;
        } else if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (result.isEmpty()) {
            throw new IOException("the workbench closed before the import was filed");
        }
        return result.get(0);
    }

    /** The plain text of a source or note: its PlainTextContent, else its internal plainTextPath. */
    private String text(Element source, String label) throws IOException, ArchiveException {
        List<Element> content = children(source, "PlainTextContent");
        if (!content.isEmpty()) {
            return content.get(0).getTextContent();
        }
        String path = source.getAttribute("plainTextPath");
        if (path.isEmpty()) {
            return source.getLocalName().equals("Note") ? "" : null;
        }
        if (!path.startsWith(QdpxExport.INTERNAL)) {
            notImported.add(label + ": its text is outside the project (" + path + ")");
            return null;
        }
        String entryName = QdpxExport.SOURCES + path.substring(QdpxExport.INTERNAL.length());
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new ArchiveException(label + ": the project has no " + entryName);
        }
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    /** An entry's bytes, refused past {@link #MAX_ENTRY_BYTES} whatever its header says. */
    private byte[] bytes(ZipEntry entry) throws IOException, ArchiveException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > MAX_ENTRY_BYTES) {
                    throw new ArchiveException(entry.getName() + " is larger than " + (MAX_ENTRY_BYTES >> 20)
                            + " MB uncompressed: refused");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String kind(String sourceElement) {
        return switch (sourceElement) {
        case "PictureSource" -> "pictures";
        case "PDFSource" -> "PDFs";
        case "AudioSource" -> "audio recordings";
        case "VideoSource" -> "videos";
        default -> sourceElement + "s";
        };
    }

    private static Instant instant(String dateTime) {
        try {
            return dateTime.isBlank() ? Instant.now() : Instant.parse(dateTime);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** The child elements in the project namespace named {@code localName} (any, when null). */
    private static List<Element> children(Element parent, String localName) {
        return Codebooks.children(parent, QdpxExport.NAMESPACE, localName);
    }
}
