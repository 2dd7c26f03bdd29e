package dossier.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;

import dossier.model.Ids;
import dossier.model.LinkTypes;
import dossier.model.ModelResources;
import dossier.model.Tags;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.WorkspaceModel;

class HelpersTest {

    static Tag tag(String name, Tag... children) {
        Tag tag = CasefileFactory.eINSTANCE.createTag();
        tag.setId(Ids.newId());
        tag.setName(name);
        tag.getChildren().addAll(List.of(children));
        return tag;
    }

    @Test
    void idsAreShortUrlSafeAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.newId();
            assertEquals(Ids.LENGTH, id.length(), id);
            assertTrue(Ids.isValid(id), id);
            assertTrue(id.charAt(0) != '-', "a command line would read " + id + " as an option");
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
        assertTrue(!Ids.isValid("a/b") && !Ids.isValid("") && !Ids.isValid(null));
    }

    @Test
    void tagPathsFollowTheHierarchy() throws Exception {
        Tag negative = tag("Negative");
        Tag odd = tag("Either/Or");
        Tag tone = tag("Tone", tag("Positive"), negative, odd);
        TagScheme scheme = CasefileFactory.eINSTANCE.createTagScheme();
        scheme.getTags().add(tone);

        assertEquals("Tone", tone.getPath());
        assertEquals("Tone/Negative", negative.getPath());
        assertEquals("Tone/Either\\/Or", odd.getPath());
        assertSame(negative, Tags.find(scheme, "Tone/Negative"));
        assertSame(odd, Tags.find(scheme, odd.getPath()));
        assertNull(Tags.find(scheme, "Tone/Neutral"));
        assertEquals(List.of("Tone", "Tone/Positive", "Tone/Negative", "Tone/Either\\/Or"),
                Tags.all(scheme).stream().map(Tag::getPath).toList());
        // through EMF's reflective operation call as well
        assertEquals("Tone/Negative", negative.eInvoke(CasefilePackage.Literals.TAG___GET_PATH, ECollections.emptyEList()));
    }

    @Test
    void newWorkspaceHasTheBuiltInLinkTypesOnce() {
        WorkspaceModel workspace = ModelResources.newWorkspace();
        assertEquals(ModelResources.SCHEMA_VERSION, workspace.getSchemaVersion());
        assertEquals(List.of("supports", "contradicts", "same story", "follow-up"),
                workspace.getLinkTypes().stream().map(LinkType::getName).toList());
        assertTrue(workspace.getLinkTypes().stream().allMatch(LinkType::isBuiltIn));

        LinkType own = CasefileFactory.eINSTANCE.createLinkType();
        own.setId(Ids.newId());
        own.setName("quotes");
        workspace.getLinkTypes().add(own);
        workspace.getLinkTypes().remove(LinkTypes.find(workspace, LinkTypes.SAME_STORY));
        assertEquals(1, LinkTypes.ensureBuiltIns(workspace));
        assertEquals(0, LinkTypes.ensureBuiltIns(workspace));
        assertEquals(5, workspace.getLinkTypes().size());
        assertSame(own, workspace.getLinkTypes().get(4));
    }
}
