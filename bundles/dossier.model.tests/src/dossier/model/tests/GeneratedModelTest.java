package dossier.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage;

class GeneratedModelTest {

    private static final CasefilePackage P = CasefilePackage.eINSTANCE;

    @Test
    void packageIsVersion2AndRegisteredByPluginXml() {
        assertEquals("casefile", P.getName());
        assertEquals("casefile", P.getNsPrefix());
        assertEquals("http://dossier.org/model/casefile/2", P.getNsURI());
        // the global registry is filled from the org.eclipse.emf.ecore.generated_package extension
        assertSame(P, EPackage.Registry.INSTANCE.getEPackage("http://dossier.org/model/casefile/2"));
        assertFalse(EPackage.Registry.INSTANCE.containsKey("http://dossier.org/model/casefile/1"));
    }

    @Test
    void everyIdentifiedClassHasTheIdAttributeAsItsId() {
        EAttribute id = P.getIdentified_Id();
        assertTrue(id.isID());
        assertTrue(P.getIdentified().isAbstract());
        int identified = 0;
        for (EClassifier c : P.getEClassifiers()) {
            if (c instanceof EClass eClass && P.getIdentified().isSuperTypeOf(eClass)) {
                assertSame(id, eClass.getEIDAttribute(), eClass.getName());
                identified++;
            }
        }
        // Identified, CaseFile, Source, Item, Article, Mention, Document, Clip, Note, TagScheme, Tag, TagSet,
        // TagAssignment, LinkType, CrossReference, SavedSearch, Board, Panel
        assertEquals(18, identified);
    }

    @Test
    void caseFileStatusDefaultsToActive() {
        CaseFile caseFile = CasefileFactory.eINSTANCE.createCaseFile();
        assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
        assertEquals(List.of(CaseStatus.ACTIVE, CaseStatus.ON_HOLD, CaseStatus.CLOSED), CaseStatus.VALUES);
    }

    @Test
    void referencesBetweenResourcesAreNonContainmentAndResolveProxies() {
        EReference tag = P.getTagAssignment_Tag();
        assertFalse(tag.isContainment());
        assertTrue(tag.isResolveProxies());
        assertSame(P.getTag(), tag.getEReferenceType());
        EReference type = P.getCrossReference_Type();
        assertFalse(type.isContainment());
        assertTrue(type.isResolveProxies());
        assertTrue(P.getTag_Children().isContainment());
    }

    @Test
    void itemIdsAreAManyValuedStringListWhoseUniquenessTheWorkspaceKeeps() {
        EAttribute itemIds = P.getCaseFile_ItemIds();
        assertTrue(itemIds.isMany());
        assertFalse(itemIds.isUnique(), "a unique EMF list scans every id on each add: quadratic at 1M mentions");
        assertSame(EcorePackage.Literals.ESTRING, itemIds.getEType());
    }

    @Test
    void itemsAreAbstractWithThreeKinds() {
        assertTrue(P.getItem().isAbstract());
        for (EClass kind : List.of(P.getArticle(), P.getMention(), P.getDocument())) {
            assertTrue(P.getItem().isSuperTypeOf(kind), kind.getName());
            assertFalse(kind.isAbstract());
        }
        assertSame(EcorePackage.Literals.ELONG_OBJECT, P.getAuthor_FollowerCount().getEType());
    }
}
