package dossier.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dossier.model.ModelResources;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.WorkspaceModel;

/** The committed version-1 workspace (fixtures/workspace-v1), input of the v1 -> v2 migration. */
class WorkspaceV1FixtureTest {

    static final String V1 = "http://dossier.org/model/casefile/1";
    static final String CASE_FILE = "casefiles/Qm7Zt2LxV0aB.xmi";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        Fixtures.copy("workspace-v1", dir);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new HashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "duplicate id " + id);
            }
        }
        return ids;
    }

    @Test
    void fixtureIsVersion1Xml() throws Exception {
        Element workspace = parse(dir.resolve("workspace.xmi")).getDocumentElement();
        assertEquals(V1, workspace.getNamespaceURI());
        assertEquals("WorkspaceModel", workspace.getLocalName());
        assertEquals("1", workspace.getAttribute("schemaVersion"));

        Element caseFile = parse(dir.resolve(CASE_FILE)).getDocumentElement();
        assertEquals(V1, caseFile.getNamespaceURI());
        assertEquals("CaseFile", caseFile.getLocalName());
        assertEquals("Qm7Zt2LxV0aB", caseFile.getAttribute("id"));
        assertFalse(caseFile.hasAttribute("status"), "version 1 has no CaseFile.status");
        for (String part : List.of("clips", "notes", "crossReferences", "tagAssignments")) {
            assertEquals(1, caseFile.getElementsByTagName(part).getLength(), part);
        }
    }

    @Test
    void caseFileReferencesPointAtIdsInWorkspaceXmi() throws Exception {
        Set<String> workspaceIds = ids(parse(dir.resolve("workspace.xmi")));
        Document caseFile = parse(dir.resolve(CASE_FILE));
        Set<String> caseFileIds = ids(caseFile);
        NodeList hrefs = caseFile.getElementsByTagName("*");
        int crossResource = 0;
        for (int i = 0; i < hrefs.getLength(); i++) {
            String href = ((Element) hrefs.item(i)).getAttribute("href");
            if (!href.isEmpty()) {
                assertTrue(href.startsWith("../workspace.xmi#"), href);
                assertTrue(workspaceIds.contains(href.substring(href.indexOf('#') + 1)), href);
                crossResource++;
            }
        }
        assertEquals(2, crossResource); // the tag assignment's tag, the cross-reference's type
        Element note = (Element) caseFile.getElementsByTagName("notes").item(0);
        assertTrue(caseFileIds.contains(note.getAttribute("targetId")), "the note is on the clip");
    }

    @Test
    void theVersion2ModelDoesNotReadVersion1AsIs() {
        ResourceSet resourceSet = ModelResources.createResourceSet();
        URI uri = URI.createFileURI(dir.resolve(CASE_FILE).toString());
        // the migration has to map the v1 namespace first
        assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
    }

    @Test
    void withTheNamespaceMappedTheFixtureLoadsAsVersion2() throws Exception {
        // the simplest migration, in memory: read the v1 namespace as the v2 package
        ResourceSet resourceSet = ModelResources.createResourceSet();
        resourceSet.getPackageRegistry().put(V1, CasefilePackage.eINSTANCE);
        Resource resource = resourceSet.getResource(URI.createFileURI(dir.resolve(CASE_FILE).toString()), true);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        CaseFile caseFile = (CaseFile) resource.getContents().get(0);
        assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
        assertEquals(List.of("it-Ar3kD9sLm2Qx", "it-Bw7pF1nYc4Ze"), caseFile.getItemIds());
        assertEquals("Tone/Negative", caseFile.getTagAssignments().get(0).getTag().getPath());
        assertEquals("supports", caseFile.getCrossReferences().get(0).getType().getName());
        assertSame(caseFile.getClips().get(0), resource.getEObject(caseFile.getNotes().get(0).getTargetId()));
        EcoreUtil.resolveAll(resourceSet);
        assertTrue(EcoreUtil.ExternalCrossReferencer.find(resourceSet).isEmpty());

        WorkspaceModel workspace = (WorkspaceModel) resourceSet.getResources().get(1).getContents().get(0);
        assertEquals(1, workspace.getSchemaVersion());
        assertEquals(5, workspace.getLinkTypes().size());
        assertEquals("https://news.example.org/feed.xml", workspace.getSources().get(0).getParameters().get("url"));
        assertNotNull(workspace.getSources().get(0).getLastFetch().getTime());
        assertTrue(Files.readString(dir.resolve(CASE_FILE)).contains(V1));
    }
}
