package dossier.casefile;

import java.io.IOException;

/**
 * Follows a {@link ResearchWorkspace}'s changes, e.g. to keep a search index in sync. Contributed to the
 * {@code dossier.casefile.listeners} extension point ({@code <listener class="..."/>}); one instance per open
 * workspace, created when the workspace opens (so keep the constructor cheap and do real work lazily).
 */
public interface WorkspaceListener {

    /** An item was imported (new, updated or unchanged) or filed into a case file or tagged. */
    default void itemChanged(ResearchWorkspace workspace, String itemId) throws IOException {
    }

    /** {@link ResearchWorkspace#save()} made everything durable. */
    default void saved(ResearchWorkspace workspace) throws IOException {
    }

    /** The workspace is about to close its store. */
    default void closing(ResearchWorkspace workspace) throws IOException {
    }
}
