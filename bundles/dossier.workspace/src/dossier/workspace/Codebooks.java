package dossier.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dossier.casefile.ResearchWorkspace;
import dossier.core.product.ProductInfo;
import dossier.model.Ids;
import dossier.model.Tags;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.Identified;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSet;

/**
 * Tag schemes as REFI-QDA codebooks ({@code .qdc}, namespace {@value #NAMESPACE}), the exchange format of NVivo,
 * ATLAS.ti, MAXQDA and QualCoder: {@code CodeBook/Codes/Code} with {@code guid}, {@code name},
 * {@code isCodable}, {@code color}, a {@code Description} and nested codes. A tag keeps its code's guid as its id,
 * so a codebook exported again carries the same guids; tags made in Dossier get a guid derived from their id.
 * Colours travel both ways: a tag's own colour, else its parent's, else (top level) one of a fixed palette; an
 * import keeps a code's colour when it is a valid #rrggbb. A codebook's {@code Sets} (ATLAS.ti's code groups) are the
 * scheme's {@link TagSet}s: named groups of its tags across the hierarchy, a tag in any number of them.
 */
public final class Codebooks {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    public static final String EXTENSION = "qdc";
    private static final String[] PALETTE = { "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B",
            "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF" };

    private Codebooks() {
    }

    /** The scheme as a REFI-QDA codebook document (UTF-8). */
    public static byte[] export(TagScheme scheme) throws IOException {
        try {
            Document document = builder().newDocument();
            Element book = document.createElementNS(NAMESPACE, "CodeBook");
            book.setAttribute("origin", ProductInfo.NAME + " " + ProductInfo.version());
            document.appendChild(book);
            Element codes = document.createElementNS(NAMESPACE, "Codes");
            book.appendChild(codes);
            List<Tag> tags = scheme.getTags();
            for (int i = 0; i < tags.size(); i++) {
                codes.appendChild(code(document, NAMESPACE, tags.get(i), palette(i)));
            }
            if (!scheme.getSets().isEmpty()) {
                Set<String> tagIds = new HashSet<>();
                Tags.all(scheme).forEach(tag -> tagIds.add(tag.getId()));
                Element sets = document.createElementNS(NAMESPACE, "Sets");
                book.appendChild(sets);
                for (TagSet tagSet : scheme.getSets()) {
                    sets.appendChild(set(document, tagSet, tagIds));
                }
            }
            return serialize(document);
        } catch (ParserConfigurationException e) {
            throw new IOException("could not write the codebook: " + e.getMessage(), e);
        }
    }

    /** The colour of the {@code index}th top-level code without a colour of its own. */
    static String palette(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** A document as indented UTF-8 XML. */
    static byte[] serialize(Document document) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("could not write " + document.getDocumentElement().getLocalName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The tag as a {@code Code} element in {@code namespace} (a codebook's or a project's), with its children. */
    static Element code(Document document, String namespace, Tag tag, String inherited) {
        String color = tag.getColour() == null ? inherited : tag.getColour().toUpperCase(Locale.ROOT);
        Element code = document.createElementNS(namespace, "Code");
        code.setAttribute("guid", guid(tag.getId()));
        code.setAttribute("name", tag.getName() == null ? "" : tag.getName());
        code.setAttribute("isCodable", "true");
        code.setAttribute("color", color);
        if (tag.getDescription() != null && !tag.getDescription().isEmpty()) {
            Element description = document.createElementNS(namespace, "Description");
            description.setTextContent(tag.getDescription());
            code.appendChild(description);
        }
        for (Tag child : tag.getChildren()) {
            code.appendChild(code(document, namespace, child, color));
        }
        return code;
    }

    private static Element set(Document document, TagSet tagSet, Set<String> tagIds) {
        Element set = document.createElementNS(NAMESPACE, "Set");
        set.setAttribute("guid", guid(tagSet.getId()));
        set.setAttribute("name", tagSet.getName() == null ? "" : tagSet.getName());
        if (tagSet.getDescription() != null && !tagSet.getDescription().isEmpty()) {
            Element description = document.createElementNS(NAMESPACE, "Description");
            description.setTextContent(tagSet.getDescription());
            set.appendChild(description);
        }
        for (String memberId : tagSet.getMemberIds()) {
            if (tagIds.contains(memberId)) {
                Element member = document.createElementNS(NAMESPACE, "MemberCode");
                member.setAttribute("guid", guid(memberId));
                set.appendChild(member);
            }
        }
        return set;
    }

    /** The tag id if it is a guid (an imported code's), else a guid derived from it. */
    static String guid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // a Dossier id: derive a stable guid below
        }
        return UUID.nameUUIDFromBytes(("dossier-tag:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A codebook imported as a tag scheme, and what the import did about codes that collided with existing tags;
     * {@code tagIds}: each code's guid and the id of the tag it became.
     */
    public record Imported(TagScheme scheme, List<String> collisions, Map<String, String> tagIds) {
    }

    /**
     * Reads a codebook as a new tag scheme named {@code name} (not yet in any workspace). Ids in {@code usedIds}
     * (the workspace's) are not reused: a code whose guid is taken gets a new id.
     */
    public static TagScheme read(InputStream in, String name, Set<String> usedIds) throws IOException, ArchiveException {
        return read(in, name, usedIds, new HashMap<>(), new HashMap<>());
    }

    /** {@link #read(InputStream, String, Set)}, telling in {@code renamed} which guids got which new ids. */
    private static TagScheme read(InputStream in, String name, Set<String> usedIds, Map<String, String> renamed,
            Map<String, String> idsByGuid) throws IOException, ArchiveException {
        Document document;
        try {
            document = builder().parse(in);
        } catch (SAXException e) {
            throw new ArchiveException("not a REFI-QDA codebook: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        Element book = document.getDocumentElement();
        if (!NAMESPACE.equals(book.getNamespaceURI()) || !"CodeBook".equals(book.getLocalName())) {
            throw new ArchiveException("not a REFI-QDA codebook: the root element is {" + book.getNamespaceURI() + "}"
                    + book.getLocalName() + ", expected CodeBook in " + NAMESPACE);
        }
        TagScheme scheme = CasefileFactory.eINSTANCE.createTagScheme();
        scheme.setId(Ids.newId());
        scheme.setName(name);
        Set<String> taken = new HashSet<>(usedIds);
        for (Element codes : children(book, "Codes")) {
            for (Element code : children(codes, "Code")) {
                scheme.getTags().add(tag(code, taken, idsByGuid, renamed));
            }
        }
        if (scheme.getTags().isEmpty()) {
            throw new ArchiveException("the codebook has no codes");
        }
        for (Element sets : children(book, "Sets")) {
            for (Element set : children(sets, "Set")) {
                scheme.getSets().add(set(set, taken, idsByGuid));
            }
        }
        return scheme;
    }

    private static TagSet set(Element set, Set<String> taken, Map<String, String> idsByGuid) throws ArchiveException {
        String name = set.getAttribute("name").strip();
        if (name.isEmpty()) {
            throw new ArchiveException("a set without a name (guid '" + set.getAttribute("guid") + "')");
        }
        TagSet tagSet = CasefileFactory.eINSTANCE.createTagSet();
        String guid = set.getAttribute("guid").strip();
        tagSet.setId(!guid.isEmpty() && guid.matches("[A-Za-z0-9-]+") && taken.add(guid) ? guid : Ids.newId());
        tagSet.setName(name);
        for (Element description : children(set, "Description")) {
            tagSet.setDescription(description.getTextContent().strip());
        }
        for (Element member : children(set, "MemberCode")) {
            // Codebook.xsd names the code by guid; projects (and some tools' codebooks) by targetGUID
            String code = (member.hasAttribute("guid") ? member.getAttribute("guid")
                    : member.getAttribute("targetGUID")).strip();
            String tagId = idsByGuid.get(code);
            if (tagId == null) {
                throw new ArchiveException("set '" + name + "' names code '" + code + "', which the codebook does"
                        + " not have");
            }
            if (!tagSet.getMemberIds().contains(tagId)) {
                tagSet.getMemberIds().add(tagId);
            }
        }
        return tagSet;
    }

    private static Tag tag(Element code, Set<String> taken, Map<String, String> idsByGuid,
            Map<String, String> renamed) throws ArchiveException {
        String name = code.getAttribute("name").strip();
        if (name.isEmpty()) {
            throw new ArchiveException("a code without a name (guid '" + code.getAttribute("guid") + "')");
        }
        Tag tag = CasefileFactory.eINSTANCE.createTag();
        String guid = code.getAttribute("guid").strip();
        boolean usable = !guid.isEmpty() && guid.matches("[A-Za-z0-9-]+");
        tag.setId(usable && taken.add(guid) ? guid : Ids.newId());
        if (usable && !tag.getId().equals(guid)) {
            renamed.put(guid, tag.getId());
        }
        if (!guid.isEmpty() && idsByGuid.putIfAbsent(guid, tag.getId()) != null) {
            throw new ArchiveException("two codes have the guid '" + guid + "'");
        }
        tag.setName(name);
        try {
            tag.setColour(Tags.colour(code.getAttribute("color")));
        } catch (IllegalArgumentException e) {
            // another tool's colour Dossier cannot read: the tag has none
        }
        for (Element description : children(code, "Description")) {
            tag.setDescription(description.getTextContent().strip());
        }
        for (Element child : children(code, "Code")) {
            Tag childTag = tag(child, taken, idsByGuid, renamed);
            if (tag.getChildren().stream().anyMatch(t -> t.getName().equals(childTag.getName()))) {
                throw new ArchiveException("code '" + name + "' has two codes named '" + childTag.getName() + "'");
            }
            tag.getChildren().add(childTag);
        }
        return tag;
    }

    private static List<Element> children(Element parent, String localName) {
        return children(parent, NAMESPACE, localName);
    }

    /** The child elements in {@code namespace} named {@code localName} (any, when null). */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /**
     * Imports a codebook into the workspace as a new tag scheme, one undoable command. The name must be new;
     * a training workspace's codebooks are the trainer's and cannot be added to. A code whose guid is an existing
     * tag's id gets a new id; a code whose path an existing tag of another scheme has is imported beside it (a path
     * then names the older tag, the id the new one): {@link Imported#collisions()} says so for each.
     */
    public static Imported importInto(ResearchWorkspace workspace, InputStream in, String name)
            throws IOException, ArchiveException {
        if (workspace.model().getTagSchemes().stream().anyMatch(s -> name.equalsIgnoreCase(s.getName()))) {
            throw new ArchiveException("a tag scheme named '" + name + "' exists; choose another name");
        }
        if (workspace.isTrainerMaterial(workspace.model())) {
            throw new ArchiveException("this is a training workspace: its codebooks are the trainer's and cannot be"
                    + " changed");
        }
        Map<String, Identified> used = new HashMap<>();
        workspace.model().eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                used.put(identified.getId(), identified);
            }
        });
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, String> tagIds = new LinkedHashMap<>();
        TagScheme scheme = read(in, name, used.keySet(), renamed, tagIds);
        List<String> collisions = new ArrayList<>();
        Map<String, Tag> tagsByPath = new LinkedHashMap<>();
        for (TagScheme existing : workspace.model().getTagSchemes()) {
            Tags.all(existing).forEach(tag -> tagsByPath.putIfAbsent(tag.getPath(), tag));
        }
        for (Tag tag : Tags.all(scheme)) {
            String path = Tags.path(tag);
            String guid = renamed.entrySet().stream().filter(e -> e.getValue().equals(tag.getId()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (guid != null) {
                collisions.add("code '" + path + "': its guid " + guid + " is already " + what(used.get(guid))
                        + "; imported with the new id " + tag.getId());
            }
            Tag same = tagsByPath.get(path);
            if (same != null) {
                collisions.add("code '" + path + "': scheme '" + schemeName(same) + "' has a tag '" + path
                        + "' too; imported beside it (the path names the tag of '" + schemeName(same) + "', the id "
                        + tag.getId() + " this one)");
            }
        }
        EditingDomain domain = workspace.editingDomain();
        domain.getCommandStack().execute(new AddCommand(domain, workspace.model(),
                CasefilePackage.Literals.WORKSPACE_MODEL__TAG_SCHEMES, scheme));
        return new Imported(scheme, List.copyOf(collisions), Map.copyOf(tagIds));
    }

    private static String what(Identified object) {
        if (object instanceof Tag tag) {
            return "tag '" + Tags.path(tag) + "' of scheme '" + schemeName(tag) + "'";
        }
        return "the id of a " + object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT) + " in this workspace";
    }

    private static String schemeName(Tag tag) {
        EObject container = tag.eContainer();
        while (container != null && !(container instanceof TagScheme)) {
            container = container.eContainer();
        }
        return container == null ? "?" : ((TagScheme) container).getName();
    }

    /** The tag scheme with this id or name (ignoring case). */
    public static Optional<TagScheme> scheme(ResearchWorkspace workspace, String idOrName) {
        return workspace.model().getTagSchemes().stream()
                .filter(s -> s.getId().equals(idOrName) || idOrName.equalsIgnoreCase(s.getName())).findFirst();
    }

    /** A namespace-aware parser that reads no DTD and no external entity. */
    static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }
}
