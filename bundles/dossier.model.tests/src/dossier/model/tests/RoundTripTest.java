package dossier.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.model.Ids;
import dossier.model.LinkTypes;
import dossier.model.ModelResources;
import dossier.model.Tags;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.Clip;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Note;
import dossier.model.casefile.SavedSearch;
import dossier.model.casefile.Source;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.WorkspaceModel;

/** Saves a workspace and a case file as XMI (XMIResourceImpl) and loads them back in a new resource set. */
class RoundTripTest {

    private static final CasefileFactory F = CasefileFactory.eINSTANCE;
    private static final Date T0 = new Date(1_714_640_400_000L); // 2024-05-02T09:00:00Z
    private static final Date T1 = new Date(1_714_759_800_000L);

    @TempDir
    Path dir;

    private String caseFileId;
    private String tagId;
    private String clipId;

    private void save(Path workspaceFile, Path caseFileFile) throws Exception {
        ResourceSet resourceSet = ModelResources.createResourceSet();

        WorkspaceModel workspace = ModelResources.newWorkspace();
        TagScheme scheme = F.createTagScheme();
        scheme.setId(Ids.newId());
        scheme.setName("Tone");
        Tag tone = HelpersTest.tag("Tone", HelpersTest.tag("Positive"), HelpersTest.tag("Negative"));
        scheme.getTags().add(tone);
        workspace.getTagSchemes().add(scheme);
        Tag negative = Tags.find(scheme, "Tone/Negative");
        tagId = negative.getId();

        SavedSearch search = F.createSavedSearch();
        search.setId(Ids.newId());
        search.setName("Launch complaints");
        search.setQuery("launch AND refund");
        search.setCreated(T0);
        workspace.getSavedSearches().add(search);

        Source source = F.createSource();
        source.setId(Ids.newId());
        source.setConnectorId("rss");
        source.setName("Example news");
        source.setSchedule("PT1H");
        source.getParameters().put("url", "https://news.example.org/feed.xml");
        source.getParameters().put("language", "en");
        FetchResult fetch = F.createFetchResult();
        fetch.setTime(T1);
        fetch.setOk(true);
        fetch.setItemCount(12);
        source.setLastFetch(fetch);
        workspace.getSources().add(source);

        CaseFile caseFile = F.createCaseFile();
        caseFileId = Ids.newId();
        caseFile.setId(caseFileId);
        caseFile.setTitle("Spring launch reception");
        caseFile.setStatus(CaseStatus.ON_HOLD);
        caseFile.setCreated(T0);
        caseFile.setModified(T1);
        caseFile.getItemIds().addAll(List.of("it-a", "it-b"));

        Clip clip = F.createClip();
        clipId = Ids.newId();
        clip.setId(clipId);
        clip.setItemId("it-a");
        clip.setExact("the update bricked my phone");
        clip.setPrefix("Honestly, ");
        clip.setSuffix(" and support");
        clip.setStart(120);
        clip.setEnd(147);
        clip.setState(AnchorState.REANCHORED);
        clip.setCreated(T0);
        caseFile.getClips().add(clip);

        Note note = F.createNote();
        note.setId(Ids.newId());
        note.setText("Typical of week one. <b>&</b> \"quoted\"\nsecond line");
        note.setTargetId(clipId);
        note.setCreated(T0);
        caseFile.getNotes().add(note);

        CrossReference xref = F.createCrossReference();
        xref.setId(Ids.newId());
        xref.setFromId("it-b");
        xref.setToId("it-a");
        xref.setType(LinkTypes.find(workspace, LinkTypes.SUPPORTS));
        caseFile.getCrossReferences().add(xref);

        TagAssignment assignment = F.createTagAssignment();
        assignment.setId(Ids.newId());
        assignment.setTag(negative);
        assignment.setTargetId(clipId);
        assignment.setCreated(T1);
        caseFile.getTagAssignments().add(assignment);

        Resource workspaceResource = resourceSet.createResource(URI.createFileURI(workspaceFile.toString()));
        workspaceResource.getContents().add(workspace);
        Resource caseFileResource = resourceSet.createResource(URI.createFileURI(caseFileFile.toString()));
        caseFileResource.getContents().add(caseFile);
        assertTrue(workspaceResource instanceof XMIResource);
        workspaceResource.save(ModelResources.saveOptions());
        caseFileResource.save(ModelResources.saveOptions());
    }

    private Path[] files() throws Exception {
        Path workspaceFile = dir.resolve(ModelResources.WORKSPACE_FILE);
        Files.createDirectories(dir.resolve(ModelResources.CASEFILES_FOLDER));
        Path caseFileFile = dir.resolve(ModelResources.CASEFILES_FOLDER).resolve("cf.xmi");
        save(workspaceFile, caseFileFile);
        return new Path[] { workspaceFile, caseFileFile };
    }

    @Test
    void caseFileAndWorkspaceRoundTrip() throws Exception {
        Path[] files = files();

        ResourceSet fresh = ModelResources.createResourceSet();
        Resource caseFileResource = fresh.getResource(URI.createFileURI(files[1].toString()), true);
        CaseFile caseFile = (CaseFile) caseFileResource.getContents().get(0);
        assertEquals(caseFileId, caseFile.getId());
        assertEquals("Spring launch reception", caseFile.getTitle());
        assertEquals(CaseStatus.ON_HOLD, caseFile.getStatus());
        assertEquals(T0, caseFile.getCreated());
        assertEquals(T1, caseFile.getModified());
        assertEquals(List.of("it-a", "it-b"), caseFile.getItemIds());

        Clip clip = caseFile.getClips().get(0);
        assertEquals(clipId, clip.getId());
        assertEquals("the update bricked my phone", clip.getExact());
        assertEquals("Honestly, ", clip.getPrefix());
        assertEquals(120, clip.getStart());
        assertEquals(147, clip.getEnd());
        assertEquals(AnchorState.REANCHORED, clip.getState());
        assertEquals("Typical of week one. <b>&</b> \"quoted\"\nsecond line", caseFile.getNotes().get(0).getText());
        // ids are the URI fragments
        assertSame(clip, caseFileResource.getEObject(clipId));
        assertEquals(clipId, caseFileResource.getURIFragment(clip));

        // only the case file is loaded until a cross-resource reference is followed
        assertEquals(1, fresh.getResources().size());
        TagAssignment assignment = caseFile.getTagAssignments().get(0);
        EObject unresolved = (EObject) assignment.eGet(assignment.eClass().getEStructuralFeature("tag"), false);
        assertTrue(unresolved.eIsProxy());
        assertTrue(EcoreUtil.getURI(unresolved).toString().endsWith("workspace.xmi#" + tagId),
                EcoreUtil.getURI(unresolved).toString());

        Tag tag = assignment.getTag();
        assertFalse(tag.eIsProxy());
        assertEquals(tagId, tag.getId());
        assertEquals("Tone/Negative", tag.getPath());
        assertEquals(2, fresh.getResources().size());
        WorkspaceModel workspace = (WorkspaceModel) EcoreUtil.getRootContainer(tag);
        assertSame(fresh.getResources().get(1), workspace.eResource());

        CrossReference xref = caseFile.getCrossReferences().get(0);
        assertSame(LinkTypes.find(workspace, LinkTypes.SUPPORTS), xref.getType());
        assertNotSame(null, xref.getType().getName());

        assertEquals(2, workspace.getSchemaVersion());
        assertEquals(4, workspace.getLinkTypes().size());
        Source source = workspace.getSources().get(0);
        assertEquals(Map.of("url", "https://news.example.org/feed.xml", "language", "en"), source.getParameters());
        assertEquals("PT1H", source.getSchedule());
        assertTrue(source.getLastFetch().isOk());
        assertEquals(12, source.getLastFetch().getItemCount());
        assertEquals(T1, source.getLastFetch().getTime());
        assertEquals("Launch complaints", workspace.getSavedSearches().get(0).getName());

        // everything resolves: no dangling references
        EcoreUtil.resolveAll(fresh);
        assertTrue(EcoreUtil.ExternalCrossReferencer.find(fresh).isEmpty());
    }

    @Test
    void xmiUsesTheV2NamespaceRelativeHrefsAndIds() throws Exception {
        Path[] files = files();
        String caseFileXml = Files.readString(files[1]);
        assertTrue(caseFileXml.contains("xmlns:casefile=\"http://dossier.org/model/casefile/2\""), caseFileXml);
        assertTrue(caseFileXml.contains("status=\"ON_HOLD\""), caseFileXml);
        assertTrue(caseFileXml.contains("<tag href=\"../workspace.xmi#" + tagId + "\"/>"), caseFileXml);
        assertTrue(caseFileXml.contains("<type href=\"../workspace.xmi#supports\"/>"), caseFileXml);
        assertTrue(caseFileXml.contains("<itemIds>it-a</itemIds>"), caseFileXml);
        assertFalse(caseFileXml.contains("\r"));
        assertFalse(Files.readString(files[0]).contains("status="));
    }

    @Test
    void savingAgainWithoutChangesKeepsTheBytes() throws Exception {
        Path[] files = files();
        byte[] before = Files.readAllBytes(files[1]);
        ResourceSet fresh = ModelResources.createResourceSet();
        Resource resource = fresh.getResource(URI.createFileURI(files[1].toString()), true);
        EcoreUtil.resolveAll(fresh);
        resource.setModified(true);
        // OPTION_SAVE_ONLY_IF_CHANGED compares bytes: drop it to really rewrite the file
        Map<Object, Object> options = ModelResources.saveOptions();
        options.remove(Resource.OPTION_SAVE_ONLY_IF_CHANGED);
        resource.save(options);
        assertEquals(new String(before), Files.readString(files[1]));
    }

    @Test
    void activeStatusIsTheDefaultAndNotWritten() throws Exception {
        ResourceSet resourceSet = ModelResources.createResourceSet();
        CaseFile caseFile = F.createCaseFile();
        caseFile.setId(Ids.newId());
        Path file = dir.resolve("active.xmi");
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(caseFile);
        resource.save(ModelResources.saveOptions());
        assertFalse(Files.readString(file).contains("status"));
        CaseFile loaded = (CaseFile) ModelResources.createResourceSet()
                .getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
        assertEquals(CaseStatus.ACTIVE, loaded.getStatus());
    }
}
