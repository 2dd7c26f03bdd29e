package dossier.casefile;

import java.io.IOException;

/**
 * Follows a {@link ResearchWorkspace}'s changes, e.g. to keep a search index in sync: a workspace service
 * ({@link WorkspaceServiceFactory}) that implements it is told from its creation on; one that must hear every change
 * starts with the workspace ({@code start="withWorkspace"}), so keep it cheap to create and do real work lazily.
 */
public interface WorkspaceListener {

    /** An item was imported (new, updated or unchanged) or filed into a case file or tagged. */
    default void itemChanged(ResearchWorkspace workspace, String itemId) throws IOException {
    }

    /** {@link ResearchWorkspace#save()} made everything durable. */
    default void saved(ResearchWorkspace workspace) throws IOException {
    }

    /** The workspace is about to close its services and its store. */
    default void closing(ResearchWorkspace workspace) throws IOException {
    }
}
