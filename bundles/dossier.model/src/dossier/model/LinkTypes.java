package dossier.model;

import java.util.ArrayList;
import java.util.List;

import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.WorkspaceModel;

/**
 * The built-in link types for cross-references. Their ids are fixed (not random) so that every
 * workspace, and every prepared workspace a trainer distributes, means the same thing by them.
 */
public final class LinkTypes {

    public static final String SUPPORTS = "supports";
    public static final String CONTRADICTS = "contradicts";
    public static final String SAME_STORY = "same-story";
    public static final String FOLLOW_UP = "follow-up";

    /** id, name, inverse name of each built-in, in display order. */
    private static final String[][] BUILT_INS = {
        { SUPPORTS, "supports", "is supported by" },
        { CONTRADICTS, "contradicts", "is contradicted by" },
        { SAME_STORY, "same story", "same story" },
        { FOLLOW_UP, "follow-up", "is followed up by" },
    };

    private LinkTypes() {
    }

    /** New instances of the built-in link types. */
    public static List<LinkType> createBuiltIns() {
        List<LinkType> result = new ArrayList<>();
        for (String[] b : BUILT_INS) {
            LinkType type = CasefileFactory.eINSTANCE.createLinkType();
            type.setId(b[0]);
            type.setName(b[1]);
            type.setInverseName(b[2]);
            type.setBuiltIn(true);
            result.add(type);
        }
        return result;
    }

    /**
     * Adds the built-ins the workspace lacks (by id), in front of the user's own link types.
     *
     * @return how many were added
     */
    public static int ensureBuiltIns(WorkspaceModel workspace) {
        int added = 0;
        for (LinkType builtIn : createBuiltIns()) {
            if (find(workspace, builtIn.getId()) == null) {
                workspace.getLinkTypes().add(added, builtIn);
                added++;
            }
        }
        return added;
    }

    /** The workspace's link type with this id, or null. */
    public static LinkType find(WorkspaceModel workspace, String id) {
        for (LinkType type : workspace.getLinkTypes()) {
            if (type.getId() != null && type.getId().equals(id)) {
                return type;
            }
        }
        return null;
    }
}
