package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.internal.CommandRunner.Captured;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.workspace.Codebooks;

/** Tag schemes as REFI-QDA codebooks (.qdc): Dossier's own round trip, and codebooks other tools write. */
class CodebookTest {

    /** A codebook as QualCoder-style tools write it: schema location, upper-case guids, Sets, a non-codable group. */
    static final String HAND_WRITTEN = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="QualCoder 3.5">
              <Codes>
                <Code guid="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F01" name="Tone" isCodable="false" color="#AA0000">
                  <Description>How the post sounds</Description>
                  <Code guid="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F02" name="Warm" isCodable="true" color="#CC3333"/>
                  <Code guid="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F03" name="Ironic &amp; dry" isCodable="true" color="#CC6666">
                    <Description>Says one thing, means another</Description>
                  </Code>
                </Code>
                <Code guid="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F04" name="Call to action" isCodable="true" color="#0000AA"/>
              </Codes>
              <Sets>
                <Set guid="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F10" name="Voice">
                  <MemberCode targetGUID="8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F02"/>
                </Set>
              </Sets>
            </CodeBook>
            """;

    @TempDir
    Path temp;

    @Test
    void aCodebookRoundTripsWithItsGuidsNamesDescriptionsAndHierarchy() throws Exception {
        Path sample = temp.resolve("sample");
        ok(temp, "workspace", "new", sample.toString(), "--from-sample");
        Path exported = temp.resolve("playbook.qdc");
        assertEquals("exported 9 codes of 'Social sharing playbook' to " + exported + "\n",
                ok(sample, "codebook", "export", "Social sharing playbook", exported.toString()).out());

        Element book = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(exported.toFile())
                .getDocumentElement();
        assertEquals(Codebooks.NAMESPACE, book.getNamespaceURI());
        assertEquals("CodeBook", book.getLocalName());
        List<Element> top = children(children(book, "Codes").get(0), "Code");
        assertEquals(List.of("Buckets of sharing", "Stages"), top.stream().map(e -> e.getAttribute("name")).toList());
        assertEquals("5b0c6a1e-2f43-4c8e-9a51-7d0e3f6b2a10", top.get(0).getAttribute("guid"));
        assertEquals("true", top.get(0).getAttribute("isCodable"));
        assertTrue(top.get(0).getAttribute("color").matches("#[0-9A-F]{6}"));
        List<Element> buckets = children(top.get(0), "Code");
        assertEquals(List.of("Shameless", "Stupid", "Solicited", "Smart"),
                buckets.stream().map(e -> e.getAttribute("name")).toList());
        assertEquals("Useful content: a tip, a how-to, something the reader keeps.",
                children(buckets.get(3), "Description").get(0).getTextContent());

        Path other = temp.resolve("other");
        assertEquals("imported 9 codes as tag scheme 'Playbook copy'\n",
                ok(other, "codebook", "import", exported.toString(), "--name", "Playbook copy").out());
        try (ResearchWorkspace original = ResearchWorkspace.open(sample);
                ResearchWorkspace copy = ResearchWorkspace.open(other)) {
            List<Tag> before = Tags.all(Codebooks.scheme(original, "Social sharing playbook").orElseThrow());
            List<Tag> after = Tags.all(Codebooks.scheme(copy, "Playbook copy").orElseThrow());
            assertEquals(before.stream().map(t -> t.getId() + " " + t.getPath() + " " + t.getDescription()).toList(),
                    after.stream().map(t -> t.getId() + " " + t.getPath() + " " + t.getDescription()).toList());
        }
        Path again = temp.resolve("again.qdc");
        ok(other, "codebook", "export", "Playbook copy", again.toString());
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(again), "export, import, export is stable");
        validate(exported);
    }

    /** An ATLAS.ti-style codebook: code groups as Sets, a code in two of them, a member deep in the hierarchy. */
    static final String WITH_SETS = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 23.4.0">
              <Codes>
                <Code guid="1a2b3c4d-0000-4000-8000-000000000001" name="Channel" isCodable="false" color="#336699">
                  <Code guid="1a2b3c4d-0000-4000-8000-000000000002" name="Instagram" isCodable="true" color="#E1306C"/>
                  <Code guid="1a2b3c4d-0000-4000-8000-000000000003" name="TikTok" isCodable="true" color="#010101"/>
                </Code>
                <Code guid="1a2b3c4d-0000-4000-8000-000000000004" name="Complaint" isCodable="true" color="#D62728">
                  <Description>A customer says something went wrong</Description>
                </Code>
              </Codes>
              <Sets>
                <Set guid="1a2b3c4d-0000-4000-8000-0000000000a1" name="Short video">
                  <Description>Where the brand posts clips</Description>
                  <MemberCode guid="1a2b3c4d-0000-4000-8000-000000000003"/>
                  <MemberCode guid="1a2b3c4d-0000-4000-8000-000000000002"/>
                </Set>
                <Set guid="1a2b3c4d-0000-4000-8000-0000000000a2" name="Escalate">
                  <MemberCode guid="1a2b3c4d-0000-4000-8000-000000000004"/>
                  <MemberCode guid="1a2b3c4d-0000-4000-8000-000000000003"/>
                </Set>
              </Sets>
            </CodeBook>
            """;

    @Test
    void setsSurviveImportAndExportAndTheExportIsValidAgainstCodebookXsd() throws Exception {
        Path file = temp.resolve("atlas.qdc");
        Files.writeString(file, WITH_SETS);
        validate(file);
        Path workspace = temp.resolve("ws");
        assertEquals("imported 4 codes and 2 sets as tag scheme 'Channels'\n",
                ok(workspace, "codebook", "import", file.toString(), "--name", "Channels").out());
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            TagScheme scheme = Codebooks.scheme(open, "Channels").orElseThrow();
            assertEquals(List.of("Short video", "Escalate"), scheme.getSets().stream().map(s -> s.getName()).toList());
            assertEquals("Where the brand posts clips", scheme.getSets().get(0).getDescription());
            assertEquals(List.of("1a2b3c4d-0000-4000-8000-000000000003", "1a2b3c4d-0000-4000-8000-000000000002"),
                    scheme.getSets().get(0).getMemberIds());
        }
        Path exported = temp.resolve("exported.qdc");
        ok(workspace, "codebook", "export", "Channels", exported.toString());
        validate(exported);
        Element sets = children(DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(exported.toFile()).getDocumentElement(), "Sets").get(0);
        List<Element> each = children(sets, "Set");
        assertEquals(List.of("1a2b3c4d-0000-4000-8000-0000000000a1", "1a2b3c4d-0000-4000-8000-0000000000a2"),
                each.stream().map(e -> e.getAttribute("guid")).toList());
        assertEquals(List.of("1a2b3c4d-0000-4000-8000-000000000004", "1a2b3c4d-0000-4000-8000-000000000003"),
                children(each.get(1), "MemberCode").stream().map(e -> e.getAttribute("guid")).toList());

        Path other = temp.resolve("other");
        ok(other, "codebook", "import", exported.toString(), "--name", "Channels");
        Path again = temp.resolve("again.qdc");
        ok(other, "codebook", "export", "Channels", again.toString());
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(again), "export, import, export is stable");

        Path broken = temp.resolve("broken.qdc");
        Files.writeString(broken, WITH_SETS.replace("<MemberCode guid=\"1a2b3c4d-0000-4000-8000-000000000004\"/>",
                "<MemberCode guid=\"1a2b3c4d-0000-4000-8000-00000000dead\"/>"));
        Captured refused = Fixtures.dossier(other, "codebook", "import", broken.toString());
        assertEquals(1, refused.exit());
        assertEquals("dossier codebook import: broken.qdc: set 'Escalate' names code"
                + " '1a2b3c4d-0000-4000-8000-00000000dead', which the codebook does not have\n", refused.err());
    }

    @Test
    void codesThatCollideWithExistingTagsAreImportedBesideThemAndTheCommandSaysSo() throws Exception {
        Path workspace = temp.resolve("ws");
        Path note = temp.resolve("note.txt");
        Files.writeString(note, "Queue was forty minutes long.\n");
        ok(workspace, "import", note.toString(), "--tag", "Complaint");
        Path file = temp.resolve("atlas.qdc");
        Files.writeString(file, WITH_SETS);
        ok(workspace, "codebook", "import", file.toString(), "--name", "Channels");

        String out = ok(workspace, "codebook", "import", file.toString(), "--name", "Channels again").out();
        List<String> lines = out.lines().toList();
        assertEquals("imported 4 codes and 2 sets as tag scheme 'Channels again'", lines.get(0));
        assertTrue(lines.get(1).startsWith("  code 'Channel': its guid 1a2b3c4d-0000-4000-8000-000000000001 is already"
                + " tag 'Channel' of scheme 'Channels'; imported with the new id "), out);
        assertTrue(lines.get(2).startsWith("  code 'Channel': scheme 'Channels' has a tag 'Channel' too; imported"
                + " beside it (the path names the tag of 'Channels', the id "), out);
        assertTrue(out.contains("  code 'Complaint': scheme 'Tags' has a tag 'Complaint' too;"), out);
        assertEquals(1 + 4 + 4, lines.size(), "each code's guid and path collide (a path with the first scheme's): "
                + out);
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            TagScheme again = Codebooks.scheme(open, "Channels again").orElseThrow();
            Tag tiktok = Tags.find(again, "Channel/TikTok");
            assertTrue(again.getSets().get(0).getMemberIds().contains(tiktok.getId()),
                    "the sets follow their codes to the new ids");
        }
    }

    /** Validates {@code file} against REFI's Codebook.xsd (schemas/, MIT). */
    private static void validate(Path file) throws Exception {
        Path xsd = Path.of(System.getProperty("dossier.repository"), "bundles", "dossier.workspace.tests", "schemas",
                "Codebook.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    @Test
    void tagsMadeInDossierGetStableGuids() throws Exception {
        Path workspace = temp.resolve("ws");
        Path note = temp.resolve("note.txt");
        Files.writeString(note, "Short note on tone.\n");
        ok(workspace, "import", note.toString(), "--tag", "Tone/Warm", "--tag", "Tone/Dry");
        ok(workspace, "tags", "colour", "Tone/Dry", "#2a9d8f");
        Path first = temp.resolve("first.qdc");
        Path second = temp.resolve("second.qdc");
        ok(workspace, "codebook", "export", "Tags", first.toString());
        ok(workspace, "codebook", "export", "Tags", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Element tone = children(children(DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(first.toFile()).getDocumentElement(), "Codes").get(0), "Code").get(0);
        assertTrue(tone.getAttribute("guid").matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals(List.of("Warm", "Dry"), children(tone, "Code").stream().map(e -> e.getAttribute("name")).toList());
        assertEquals(List.of(tone.getAttribute("color"), "#2A9D8F"), children(tone, "Code").stream()
                .map(e -> e.getAttribute("color")).toList(), "a tag's own colour, else its parent's");
    }

    @Test
    void aCodebookWrittenByAnotherToolIsImported() throws Exception {
        Path file = temp.resolve("QualCoder codebook.qdc");
        Files.writeString(file, HAND_WRITTEN);
        Path workspace = temp.resolve("ws");
        assertEquals("imported 4 codes and 1 set as tag scheme 'QualCoder codebook'\n",
                ok(workspace, "codebook", "import", file.toString()).out());
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            TagScheme scheme = Codebooks.scheme(open, "QualCoder codebook").orElseThrow();
            assertEquals(List.of("Tone", "Tone/Warm", "Tone/Ironic & dry", "Call to action"),
                    Tags.all(scheme).stream().map(Tag::getPath).toList());
            Tag ironic = Tags.find(scheme, "Tone/Ironic & dry");
            assertEquals("Says one thing, means another", ironic.getDescription());
            assertEquals("8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F03", ironic.getId());
            assertEquals("#cc6666", ironic.getColour(), "the code's colour is the tag's");
            assertEquals(1, scheme.getSets().size());
            assertEquals("Voice", scheme.getSets().get(0).getName());
            assertEquals(List.of("8C9F9A6E-61A2-4B73-9D1E-0B5E4C2A7F02"), scheme.getSets().get(0).getMemberIds(),
                    "a set's member named by targetGUID, as some tools write it");
        }
        Path note = temp.resolve("note.txt");
        Files.writeString(note, "Oh great, another Monday. Book your table now.\n");
        ok(workspace, "import", note.toString(), "--case", "Posts", "--tag", "Tone/Ironic & dry");
        assertTrue(ok(workspace, "case", "show", "Posts").out().contains("Tone/Ironic & dry"));
        try (ResearchWorkspace open = ResearchWorkspace.open(workspace)) {
            assertEquals(1, open.model().getTagSchemes().size(), "the existing code was used, no new scheme");
        }

        Captured twice = Fixtures.dossier(workspace, "codebook", "import", file.toString());
        assertEquals(1, twice.exit());
        assertEquals("dossier codebook import: QualCoder codebook.qdc: a tag scheme named 'QualCoder codebook' exists;"
                + " choose another name\n", twice.err());
    }

    @Test
    void whatIsNotACodebookIsRefusedInOneLine() throws Exception {
        Path workspace = temp.resolve("ws");
        Path project = temp.resolve("project.qdc");
        Files.writeString(project, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
        Captured result = Fixtures.dossier(workspace, "codebook", "import", project.toString());
        assertEquals(1, result.exit());
        assertEquals("dossier codebook import: project.qdc: not a REFI-QDA codebook: the root element is"
                + " {urn:QDA-XML:project:1.0}Project, expected CodeBook in urn:QDA-XML:codebook:1.0\n", result.err());

        Path entity = temp.resolve("entity.qdc");
        Files.writeString(entity, "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" name=\"&x;\""
                + " isCodable=\"true\"/></Codes></CodeBook>");
        result = Fixtures.dossier(workspace, "codebook", "import", entity.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("dossier codebook import: entity.qdc: not a REFI-QDA codebook: "),
                result.err());
        assertTrue(result.err().contains("DOCTYPE"), result.err());
        assertEquals(1, result.err().lines().count());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
