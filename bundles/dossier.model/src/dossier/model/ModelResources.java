package dossier.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage;
import dossier.model.casefile.WorkspaceModel;

/**
 * How Dossier persists its model: {@code workspace.xmi} (one {@link WorkspaceModel}) and
 * {@code casefiles/<id>.xmi} (one case file each), as XMI, UTF-8. Works inside OSGi and standalone
 * (tests, tools): the resource set registers the package and the XMI factory itself.
 */
public final class ModelResources {

    /** The schema version this code reads and writes ({@code http://dossier.org/model/casefile/2}). */
    public static final int SCHEMA_VERSION = 2;

    public static final String WORKSPACE_FILE = "workspace.xmi";
    public static final String CASEFILES_FOLDER = "casefiles";
    public static final String EXTENSION = "xmi";

    private ModelResources() {
    }

    /** A resource set that loads and saves Dossier's XMI files. */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CasefilePackage.eNS_URI, CasefilePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
                new XMIResourceFactoryImpl());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /** Options for {@link Resource#save(Map)}: UTF-8, LF line ends, readable line width. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        return options;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    /** A new, empty workspace model of the current schema version, with the built-in link types. */
    public static WorkspaceModel newWorkspace() {
        WorkspaceModel workspace = CasefileFactory.eINSTANCE.createWorkspaceModel();
        workspace.setSchemaVersion(SCHEMA_VERSION);
        LinkTypes.ensureBuiltIns(workspace);
        return workspace;
    }
}
