package dossier.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.model.Ids;
import dossier.model.ModelResources;
import dossier.model.Tags;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSpace;
import dossier.model.casefile.WorkspaceModel;

/** Tag colours and tag spaces (in-trays): their helpers, their XMI, and schema 2 files written before them. */
class TagSpaceModelTest {

    @TempDir
    Path dir;

    @Test
    void coloursAreKeptAsLowerCaseHashRrggbb() {
        assertEquals("#d94f3d", Tags.colour("#D94F3D"));
        assertEquals("#d94f3d", Tags.colour(" d94f3d "));
        assertEquals("#aabbcc", Tags.colour("#abc"));
        assertNull(Tags.colour(" "));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Tags.colour("red"));
        assertTrue(wrong.getMessage().contains("#rrggbb"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tags.colour("#12345g"));
    }

    @Test
    void selfAndDescendantsListsTheSubtree() {
        Tag negative = HelpersTest.tag("Negative", HelpersTest.tag("Angry"));
        Tag tone = HelpersTest.tag("Tone", HelpersTest.tag("Positive"), negative);
        assertEquals(List.of("Negative", "Angry"), Tags.selfAndDescendants(negative).stream().map(Tag::getName).toList());
        assertEquals(4, Tags.selfAndDescendants(tone).size());
    }

    @Test
    void colourAndTagSpaceRoundTrip() throws Exception {
        Path file = dir.resolve(ModelResources.WORKSPACE_FILE);
        WorkspaceModel model = ModelResources.newWorkspace();
        TagScheme scheme = CasefileFactory.eINSTANCE.createTagScheme();
        scheme.setId(Ids.newId());
        scheme.setName("Tags");
        Tag tone = HelpersTest.tag("Tone");
        tone.setColour("#d94f3d");
        scheme.getTags().add(tone);
        model.getTagSchemes().add(scheme);
        TagSpace space = CasefileFactory.eINSTANCE.createTagSpace();
        space.setTag(tone);
        space.setLastLooked(new Date(1_714_640_400_000L));
        space.getDoneIds().addAll(List.of("it-a", "clip-b"));
        model.getTagSpaces().add(space);
        Resource resource = ModelResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(model);
        resource.save(ModelResources.saveOptions());

        String xml = Files.readString(file);
        assertTrue(xml.contains("colour=\"#d94f3d\""), xml);
        assertTrue(xml.contains("tag=\"" + tone.getId() + "\""), xml);
        WorkspaceModel loaded = (WorkspaceModel) ModelResources.createResourceSet()
                .getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
        TagSpace loadedSpace = loaded.getTagSpaces().get(0);
        assertEquals("#d94f3d", loadedSpace.getTag().getColour());
        assertEquals("Tone", loadedSpace.getTag().getName());
        assertEquals(new Date(1_714_640_400_000L), loadedSpace.getLastLooked());
        assertEquals(List.of("it-a", "clip-b"), loadedSpace.getDoneIds());
    }

    @Test
    void schema2FileWithoutColoursOrTagSpacesReadsAsEmpty() throws Exception {
        Path file = dir.resolve(ModelResources.WORKSPACE_FILE);
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <casefile:WorkspaceModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:casefile="http://dossier.org/model/casefile/2" schemaVersion="2">
                  <tagSchemes xmi:id="s1" id="s1" name="Tags">
                    <tags xmi:id="t1" id="t1" name="Tone"/>
                  </tagSchemes>
                </casefile:WorkspaceModel>
                """);
        Resource resource = ModelResources.createResourceSet().getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        WorkspaceModel loaded = (WorkspaceModel) resource.getContents().get(0);
        assertNull(loaded.getTagSchemes().get(0).getTags().get(0).getColour());
        assertFalse(loaded.getTagSchemes().isEmpty());
        assertTrue(loaded.getTagSpaces().isEmpty());
    }
}
