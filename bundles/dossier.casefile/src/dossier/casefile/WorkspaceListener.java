package dossier.casefile;

import java.io.IOException;
import java.util.Map;

/**
 * Follows a {@link ResearchWorkspace}'s changes, e.g. to keep a search index in sync: a workspace service
 * ({@link WorkspaceServiceFactory}) that implements it is told from its creation on; one that must hear every change
 * starts with the workspace ({@code start="withWorkspace"}), so keep it cheap to create and do real work lazily.
 */
public interface WorkspaceListener {

    /** An item was imported (new, updated or unchanged) or filed into a case file or tagged. */
    default void itemChanged(ResearchWorkspace workspace, String itemId) throws IOException {
    }

    /**
     * The {@link Intake} stored these texts (item id to its latest text) and is about to tell that the items changed:
     * a listener keeps what it needs instead of reading it back from the store. On the intake's thread, never the UI's.
     */
    default void textsStored(ResearchWorkspace workspace, Map<String, String> texts) {
    }

    /** {@link ResearchWorkspace#save()} made everything durable. */
    default void saved(ResearchWorkspace workspace) throws IOException {
    }

    /** The workspace is about to close its services and its store. */
    default void closing(ResearchWorkspace workspace) throws IOException {
    }
}
