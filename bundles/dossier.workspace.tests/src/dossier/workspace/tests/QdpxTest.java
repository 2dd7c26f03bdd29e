package dossier.workspace.tests;

import static dossier.workspace.tests.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.internal.CommandRunner.Captured;

/** Case files as REFI-QDA projects (.qdpx): validated against REFI's schema, round trips, other tools', hostile. */
class QdpxTest {

    private static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path temp;

    @Test
    void aCaseFileExportsAsAValidProjectAndRoundTripsWithItsSelectionsCodesAndNotes() throws Exception {
        Path first = temp.resolve("first");
        Path interview = Files.writeString(temp.resolve("interview.txt"), "Interview with a community manager\n"
                + "We post at nine \uD83D\uDE80 because the audience is awake. Replies matter more than likes.\n"
                + "Die Leute lesen alles, aber sie teilen wenig.\n");
        Path memo = Files.writeString(temp.resolve("memo.txt"), "Memo on timing\nMornings work; evenings do not.\n");
        Path codebook = Files.writeString(temp.resolve("channels.qdc"), CodebookTest.WITH_SETS);
        ok(first, "codebook", "import", codebook.toString(), "--name", "Channels");
        List<String> items = ok(first, "import", interview.toString(), memo.toString(), "--case", "Timing study",
                "--tag", "Channel/Instagram").out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
        ok(first, "clip", items.get(0), "--quote", "Replies matter more than likes.", "--case", "Timing study",
                "--tag", "Complaint", "--tag", "Channel/TikTok", "--note", "The core finding");
        ok(first, "clip", items.get(0), "--quote", "sie teilen wenig", "--case", "Timing study", "--tag",
                "Complaint");
        ok(first, "clip", items.get(1), "--quote", "evenings do not", "--case", "Timing study");
        String caseId = JsonParser.parseString(ok(first, "case", "show", "Timing study", "--json").out())
                .getAsJsonObject().get("id").getAsString();
        ok(first, "note", "add", caseId, "--text", "Ask about weekends next time.");
        ok(first, "note", "add", items.get(1), "--text", "Written after the call.");

        Path exported = temp.resolve("timing.qdpx");
        String wrote = ok(first, "export", "--case", "Timing study", "--format", "qdpx", "--out", exported.toString())
                .out();
        assertTrue(wrote.startsWith("wrote " + exported + "  (REFI-QDA project: 2 sources, 3 selections, 4 codes,"
                + " 3 notes, "), wrote);
        Document project = validate(exported);
        Element rocket = selections(project).stream().filter(s -> s.getAttribute("name").startsWith("Replies"))
                .findFirst().orElseThrow();
        String text = new String(entry(exported, "sources/" + ((Element) project.getElementsByTagNameNS(NS,
                "TextSource").item(0)).getAttribute("guid") + ".txt"), StandardCharsets.UTF_8);
        int start = Integer.parseInt(rocket.getAttribute("startPosition"));
        assertEquals("Replies matter more than likes.", new String(text.codePoints().skip(start).limit(31).toArray(),
                0, 31), "positions count characters (code points): the rocket before it is one");
        assertEquals(1, project.getElementsByTagNameNS(NS, "User").getLength());
        assertEquals(2, project.getElementsByTagNameNS(NS, "Set").getLength(), "the codebook's sets");

        Path all = temp.resolve("all.qdpx");
        ok(first, "export", "--all", "--format", "qdpx", "--out", all.toString());
        assertEquals(summary(project), summary(validate(all)), "--all: every case file, here the one");

        Path second = temp.resolve("second");
        String imported = ok(second, "import-qdpx", exported.toString()).out();
        assertEquals("imported into 'Timing study': 2 items, 3 clips, 3 notes; codes as tag scheme 'Timing study'\n",
                imported);
        Path again = temp.resolve("again.qdpx");
        ok(second, "export", "--case", "Timing study", "--format", "qdpx", "--out", again.toString());
        Document reexported = validate(again);
        assertEquals(summary(project), summary(reexported), "export, import, export keeps selections, codes, notes");

        JsonObject caseFile = JsonParser.parseString(ok(second, "case", "show", "Timing study", "--json").out())
                .getAsJsonObject();
        List<String> quotes = new ArrayList<>();
        caseFile.getAsJsonArray("clipList").forEach(c -> quotes.add(c.getAsJsonObject().get("exact").getAsString()
                + " " + c.getAsJsonObject().getAsJsonArray("tags")));
        assertEquals(List.of("Replies matter more than likes. [\"Complaint\",\"Channel/TikTok\"]",
                "sie teilen wenig [\"Complaint\"]", "evenings do not []"), quotes);
        assertEquals(1, ok(second, "import-qdpx", exported.toString(), "--case", "Timing study").out().lines()
                .filter(l -> l.startsWith("imported into 'Timing study': 2 items, 0 clips, 0 notes")).count(),
                "importing again adds no clips or notes");
    }

    /** A project as QualCoder or ATLAS.ti write one, with what Dossier cannot represent. */
    private static final String OTHER_TOOL = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Brand study" origin="QualCoder 3.6"
                creatingUserGUID="9f2d5f6e-1111-4a3b-8c2d-000000000001">
              <Users><User guid="9f2d5f6e-1111-4a3b-8c2d-000000000001" name="analyst"/></Users>
              <CodeBook><Codes>
                <Code guid="9f2d5f6e-2222-4a3b-8c2d-000000000001" name="Trust" isCodable="true" color="#2CA02C">
                  <Code guid="9f2d5f6e-2222-4a3b-8c2d-000000000002" name="Broken" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
              <Variables><Variable guid="9f2d5f6e-3333-4a3b-8c2d-000000000001" name="Age" typeOfVariable="Integer"/></Variables>
              <Sources>
                <TextSource guid="9f2d5f6e-4444-4a3b-8c2d-000000000001" name="Focus group 1">
                  <PlainTextContent>Moderator: What do you think of the brand?
            P1: I stopped trusting them after the recall.</PlainTextContent>
                  <PlainTextSelection guid="9f2d5f6e-5555-4a3b-8c2d-000000000001" name="stopped trusting"
                      startPosition="47" endPosition="70">
                    <Coding guid="9f2d5f6e-6666-4a3b-8c2d-000000000001">
                      <CodeRef targetGUID="9f2d5f6e-2222-4a3b-8c2d-000000000002"/>
                    </Coding>
                    <NoteRef targetGUID="9f2d5f6e-7777-4a3b-8c2d-000000000001"/>
                  </PlainTextSelection>
                  <Coding guid="9f2d5f6e-6666-4a3b-8c2d-000000000002">
                    <CodeRef targetGUID="9f2d5f6e-2222-4a3b-8c2d-000000000001"/>
                  </Coding>
                </TextSource>
                <TextSource guid="9f2d5f6e-4444-4a3b-8c2d-000000000002" name="Survey answers"
                    plainTextPath="internal://9f2d5f6e-4444-4a3b-8c2d-000000000002.txt"/>
                <PictureSource guid="9f2d5f6e-4444-4a3b-8c2d-000000000003" name="Store photo"
                    path="internal://photo.jpg"/>
              </Sources>
              <Notes>
                <Note guid="9f2d5f6e-7777-4a3b-8c2d-000000000001" name="memo">
                  <PlainTextContent>The recall is the turning point.</PlainTextContent>
                </Note>
                <Note guid="9f2d5f6e-7777-4a3b-8c2d-000000000002" name="project memo">
                  <PlainTextContent>Compare with the 2023 wave.</PlainTextContent>
                </Note>
              </Notes>
              <NoteRef targetGUID="9f2d5f6e-7777-4a3b-8c2d-000000000002"/>
            </Project>
            """;

    @Test
    void aProjectFromAnotherToolImportsAndListsWhatDossierCannotRepresent() throws Exception {
        Path file = temp.resolve("brand.qdpx");
        zip(file, Map.of("project.qde", OTHER_TOOL.getBytes(StandardCharsets.UTF_8),
                "sources/9f2d5f6e-4444-4a3b-8c2d-000000000002.txt", "Q1: Would you buy again? A: Maybe."
                        .getBytes(StandardCharsets.UTF_8), "sources/photo.jpg", new byte[] { 1, 2, 3 }));
        Path workspace = temp.resolve("ws");
        String out = ok(workspace, "import-qdpx", file.toString()).out();
        assertEquals("imported into 'Brand study': 2 items, 1 clips, 2 notes; codes as tag scheme 'Brand study'\n"
                + "Not imported:\n"
                + "  PictureSource 'Store photo': pictures are not items Dossier keeps\n"
                + "  1 variables: Dossier has no variables\n", out);
        JsonObject caseFile = JsonParser.parseString(ok(workspace, "case", "show", "Brand study", "--json").out())
                .getAsJsonObject();
        JsonObject clip = caseFile.getAsJsonArray("clipList").get(0).getAsJsonObject();
        assertEquals("I stopped trusting them", clip.get("exact").getAsString());
        assertEquals("[\"Trust/Broken\"]", clip.getAsJsonArray("tags").toString());
        List<String> notes = new ArrayList<>();
        for (JsonElement note : caseFile.getAsJsonArray("notes")) {
            notes.add(note.getAsJsonObject().get("text").getAsString());
        }
        assertEquals(new TreeSet<>(List.of("The recall is the turning point.", "Compare with the 2023 wave.")),
                new TreeSet<>(notes));
        assertTrue(caseFile.getAsJsonArray("itemList").toString().contains("Trust"), "a coding of the whole source"
                + " tags the item: " + caseFile.getAsJsonArray("itemList"));
    }

    @Test
    void hostileProjectsAreRefusedInOneLineAndNothingIsFiled() throws Exception {
        Path workspace = temp.resolve("ws");
        Path slip = temp.resolve("slip.qdpx");
        zip(slip, Map.of("project.qde", OTHER_TOOL.getBytes(StandardCharsets.UTF_8), "../../evil.txt", new byte[1]));
        assertRefused(workspace, slip, "slip.qdpx: unsafe entry name in the project: ../../evil.txt");

        Path xxe = temp.resolve("xxe.qdpx");
        zip(xxe, Map.of("project.qde", ("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>")
                .getBytes(StandardCharsets.UTF_8)));
        assertRefused(workspace, xxe, "xxe.qdpx: not a REFI-QDA project: ");

        Path bomb = temp.resolve("bomb.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 257; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertRefused(workspace, bomb, "bomb.qdpx: project.qde is larger than 256 MB uncompressed: refused");

        Path notZip = Files.writeString(temp.resolve("plain.qdpx"), "not a zip");
        assertRefused(workspace, notZip, "plain.qdpx: ");
        assertEquals(1, Fixtures.dossier(workspace, "case", "show", "Brand study").exit(), "no case file was made");
    }

    private static void assertRefused(Path workspace, Path file, String message) throws IOException {
        Captured result = Fixtures.dossier(workspace, "import-qdpx", file.toString());
        assertEquals(1, result.exit(), result.out());
        assertTrue(result.err().startsWith("dossier import-qdpx: " + message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    /** What both sides model: each selection (source, place, quote, codes, notes), the codes, the notes. */
    private static Map<String, Object> summary(Document project) {
        Map<String, String> notes = new TreeMap<>();
        NodeList noteList = project.getElementsByTagNameNS(NS, "Note");
        for (int i = 0; i < noteList.getLength(); i++) {
            Element note = (Element) noteList.item(i);
            notes.put(note.getAttribute("guid"), note.getTextContent().strip());
        }
        TreeSet<String> selections = new TreeSet<>();
        for (Element selection : selections(project)) {
            Element source = (Element) selection.getParentNode();
            List<String> refs = new ArrayList<>();
            NodeList children = selection.getElementsByTagNameNS(NS, "CodeRef");
            for (int i = 0; i < children.getLength(); i++) {
                refs.add(((Element) children.item(i)).getAttribute("targetGUID"));
            }
            NodeList noteRefs = selection.getElementsByTagNameNS(NS, "NoteRef");
            for (int i = 0; i < noteRefs.getLength(); i++) {
                refs.add(notes.get(((Element) noteRefs.item(i)).getAttribute("targetGUID")));
            }
            selections.add(source.getAttribute("name") + " " + selection.getAttribute("startPosition") + "-"
                    + selection.getAttribute("endPosition") + " " + selection.getAttribute("name") + " " + refs);
        }
        TreeSet<String> codes = new TreeSet<>();
        NodeList codeList = project.getElementsByTagNameNS(NS, "Code");
        for (int i = 0; i < codeList.getLength(); i++) {
            Element code = (Element) codeList.item(i);
            codes.add(code.getAttribute("guid") + " " + code.getAttribute("name") + " " + code.getAttribute("color"));
        }
        assertEquals(3, selections.size());
        return Map.of("selections", selections, "codes", codes, "notes", new TreeSet<>(notes.values()));
    }

    private static List<Element> selections(Document project) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = project.getElementsByTagNameNS(NS, "PlainTextSelection");
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** Validates the project.qde of {@code qdpx} against REFI's Project-mrt2019.xsd (schemas/, MIT); parses it. */
    private static Document validate(Path qdpx) throws Exception {
        Path xsd = Path.of(System.getProperty("dossier.repository"), "bundles", "dossier.workspace.tests", "schemas",
                "Project-mrt2019.xsd");
        byte[] project = entry(qdpx, "project.qde");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(project)));
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(project));
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertTrue(entry != null, name + " in " + zip);
            return file.getInputStream(entry).readAllBytes();
        }
    }

    private static void zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
