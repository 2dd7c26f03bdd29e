package dossier.casefile;

import java.io.IOException;

/**
 * Creates a service of one open {@link ResearchWorkspace} (its search index, its sources, ...). Contributed to the
 * {@code dossier.casefile.services} extension point; the workspace creates the service once, on first use (or when it
 * opens, for {@code start="withWorkspace"}), and closes it when it closes: a service that is {@link AutoCloseable} is
 * closed, after the services created after it. A service that is a {@link WorkspaceListener} is told the
 * workspace's changes from its creation on.
 */
@FunctionalInterface
public interface WorkspaceServiceFactory {

    /** The service for {@code workspace}; it may look up the workspace's other services. */
    Object create(ResearchWorkspace workspace) throws IOException;
}
