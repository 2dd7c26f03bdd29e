package dossier.casefile.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceListener;
import dossier.casefile.WorkspaceServiceFactory;
import dossier.core.extensions.Contribution;
import dossier.core.extensions.ContributionPoint;
import dossier.core.extensions.Contributions;

/**
 * The services of one open workspace, contributed to {@code dossier.casefile.services}: each created once, on first
 * use or when the workspace opens, and closed when it closes, the last created first.
 */
public final class WorkspaceServices {

    public static final String EXTENSION_POINT = "dossier.casefile.services";

    /** One contributed service: its type, when it starts, and its factory, created on first use. */
    static final class Descriptor extends Contribution<WorkspaceServiceFactory> {

        Descriptor(IConfigurationElement element) {
            super(element, WorkspaceServiceFactory.class, "workspace service " + element.getAttribute("type"));
        }

        String type() {
            return attribute("type");
        }

        boolean startsWithWorkspace() {
            return "withWorkspace".equals(attribute("start"));
        }
    }

    private static final ContributionPoint<Descriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("type", "class"), Descriptor::new, Comparator.comparing(Descriptor::type));

    private final ResearchWorkspace workspace;
    /** The services created so far, by type; read without the lock, so a lookup never waits for a creation. */
    private final Map<String, Object> created = new ConcurrentHashMap<>();
    /** The same services in the order they were created. */
    private final List<Object> creationOrder = new CopyOnWriteArrayList<>();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    public WorkspaceServices(ResearchWorkspace workspace) {
        this.workspace = workspace;
    }

    /** Creates the services that start with the workspace; one that fails is logged and left out. */
    public void start() {
        for (Descriptor descriptor : POINT.all()) {
            if (descriptor.startsWithWorkspace()) {
                try {
                    create(descriptor);
                } catch (IOException | RuntimeException e) {
                    ILog.of(WorkspaceServices.class).error(e.getMessage(), e);
                }
            }
        }
    }

    /** The workspace's service of this type, created on first use. */
    public <T> T get(Class<T> type) throws IOException {
        Object service = created.get(type.getName());
        if (service == null) {
            service = createOnce(type);
        }
        if (!type.isInstance(service)) {
            throw new IllegalStateException("workspace service " + type.getName() + ": its factory made a "
                    + service.getClass().getName());
        }
        return type.cast(service);
    }

    private synchronized Object createOnce(Class<?> type) throws IOException {
        Object service = created.get(type.getName());
        if (service == null) {
            Descriptor descriptor = POINT.all().stream().filter(d -> d.type().equals(type.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no installed bundle contributes a workspace"
                            + " service of type " + type.getName() + " to " + EXTENSION_POINT));
            service = create(descriptor);
        }
        return service;
    }

    /** The service of this type if it has been created; never waits (the UI thread asks). */
    public <T> Optional<T> ifCreated(Class<T> type) {
        return Optional.ofNullable(created.get(type.getName())).map(type::cast);
    }

    private synchronized Object create(Descriptor descriptor) throws IOException {
        if (closed) {
            throw new IllegalStateException("the workspace " + workspace.folder() + " is closed");
        }
        Object service;
        try {
            service = descriptor.shared().create(workspace);
        } catch (Contributions.Failure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (service == null) {
            throw new IllegalStateException("workspace service " + descriptor.type() + ": the factory of bundle "
                    + descriptor.contributor() + " made none");
        }
        created.put(descriptor.type(), service);
        creationOrder.add(service);
        if (service instanceof WorkspaceListener listener) {
            listeners.add(listener);
        }
        return service;
    }

    /** The services that follow the workspace's changes, in the order they were created. */
    public List<WorkspaceListener> listeners() {
        return listeners;
    }

    /**
     * Tells the listening services that the workspace closes (they may still use other services, e.g. to index what is
     * pending), then closes every service, the last created first (a service closes before those it was built on).
     */
    public void close() throws IOException {
        IOException failed = null;
        for (WorkspaceListener listener : listeners) {
            try {
                listener.closing(workspace);
            } catch (IOException | RuntimeException e) {
                failed = keep(failed, listener, e);
            }
        }
        List<Object> services;
        synchronized (this) {
            closed = true;
            services = new ArrayList<>(creationOrder);
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            if (services.get(i) instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    failed = keep(failed, closeable, e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static IOException keep(IOException first, Object service, Exception e) {
        IOException failure = new IOException(service.getClass().getName() + " failed to close: " + e.getMessage(), e);
        if (first == null) {
            return failure;
        }
        first.addSuppressed(failure);
        return first;
    }
}
