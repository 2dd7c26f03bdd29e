package dossier.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dossier.plugins.internal.NamedSiteTrust;

/**
 * Installs and uninstalls features (plugins) in the running Dossier through p2's operations API, on the profile the
 * product was materialized with (SELF), and keeps {@link PluginRecords} so that the plugins survive a newer Dossier
 * unpacked over this one ({@link #reconcile}).
 */
public final class Plugins {

    /** A feature in the profile. */
    public record Feature(String id, String version, String name, boolean installedByUser) {
    }

    /** What reconciling did for one recorded plugin. */
    public record Reconciled(String feature, boolean restored, String detail) {
    }

    private static final String GROUP_SUFFIX = ".feature.group";

    private final IProvisioningAgent agent;
    private final PluginRecords records;

    private Plugins(IProvisioningAgent agent, PluginRecords records) {
        this.agent = agent;
        this.records = records;
    }

    /**
     * The running Dossier's plugins, for the command line: the update sites it names are trusted (see
     * {@link NamedSiteTrust}). Fails when Dossier was not installed by p2 (e.g. run from a test runtime).
     */
    public static Plugins forRunningDossier(PluginRecords records) throws PluginException {
        BundleContext context = FrameworkUtil.getBundle(Plugins.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new PluginException("p2 is not running in this Dossier (no provisioning agent)");
        }
        try {
            IProvisioningAgent agent = context.getService(reference).createAgent(null);
            if (agent == null || agent.getService(IProfileRegistry.class) == null
                    || agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF) == null) {
                throw new PluginException("this Dossier has no p2 profile; plugins need an installed Dossier (the product archive)");
            }
            agent.registerService(UIServices.SERVICE_NAME, new NamedSiteTrust());
            return new Plugins(agent, records);
        } catch (ProvisionException e) {
            throw new PluginException("p2 cannot start: " + e.getMessage(), e);
        }
    }

    /** The feature id without p2's {@code .feature.group}. */
    public static String featureId(String id) {
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    private IProfile profile() {
        return agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
    }

    /** The features installed, Dossier's own and the user's, by id. */
    public List<Feature> features(IProgressMonitor monitor) throws IOException {
        Set<String> mine = records.list().stream().map(PluginRecords.Installed::feature).collect(Collectors.toSet());
        return profile().query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
                .filter(iu -> iu.getId().endsWith(GROUP_SUFFIX)).map(iu -> new Feature(featureId(iu.getId()),
                        iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null),
                        mine.contains(featureId(iu.getId()))))
                .sorted(Comparator.comparing(Feature::id)).toList();
    }

    private Optional<IInstallableUnit> installed(String feature, IProgressMonitor monitor) {
        return profile().query(QueryUtil.createIUQuery(featureId(feature) + GROUP_SUFFIX), monitor).stream().findFirst();
    }

    /** Installs the newest version of a feature from an update site, records it and keeps a copy of it. */
    public PluginRecords.Installed install(URI site, String feature, IProgressMonitor monitor)
            throws PluginException, IOException {
        String id = featureId(feature);
        IMetadataRepository repository = loadMetadata(site, monitor);
        Optional<IInstallableUnit> found = repository
                .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id + GROUP_SUFFIX)), monitor).stream()
                .findFirst();
        if (found.isEmpty()) {
            String offered = repository.query(QueryUtil.createIUGroupQuery(), monitor).stream().map(IInstallableUnit::getId)
                    .filter(i -> i.endsWith(GROUP_SUFFIX)).map(Plugins::featureId).sorted().collect(Collectors.joining(", "));
            throw new PluginException("no feature " + id + " on " + site + " (it offers: "
                    + (offered.isEmpty() ? "nothing" : offered) + ")");
        }
        Optional<IInstallableUnit> present = installed(id, monitor);
        if (present.isPresent() && present.get().getVersion().equals(found.get().getVersion())) {
            throw new PluginException(id + " " + present.get().getVersion() + " is already installed");
        }
        Set<IInstallableUnit> before = profile().query(QueryUtil.ALL_UNITS, monitor).toUnmodifiableSet();
        loadArtifacts(site, monitor);
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), List.of(found.get()));
        run(operation, "install " + id, List.of(site), monitor);
        Set<IInstallableUnit> added = new LinkedHashSet<>(profile().query(QueryUtil.ALL_UNITS, monitor).toUnmodifiableSet());
        added.removeAll(before);
        keepCopy(site, added, monitor);
        PluginRecords.Installed record = new PluginRecords.Installed(id, found.get().getVersion().toString(),
                site.toString(), added.stream().filter(Plugins::isBundle)
                        .map(iu -> iu.getId() + "," + iu.getVersion()).sorted().toList());
        records.add(record);
        return record;
    }

    /** Uninstalls a feature the user installed; Dossier's own features stay. */
    public String uninstall(String feature, IProgressMonitor monitor) throws PluginException, IOException {
        String id = featureId(feature);
        Optional<IInstallableUnit> present = installed(id, monitor);
        if (present.isEmpty()) {
            records.remove(id);
            throw new PluginException("no feature " + id + " is installed (dossier plugins list shows what is)");
        }
        if (records.find(id).isEmpty()) {
            throw new PluginException(id + " is part of Dossier and cannot be uninstalled");
        }
        run(new UninstallOperation(new ProvisioningSession(agent), List.of(present.get())), "uninstall " + id, List.of(),
                monitor);
        records.remove(id);
        return present.get().getVersion().toString();
    }

    /**
     * Installs again each recorded plugin that the profile lacks (a newer Dossier unpacked over this one), from the
     * local copy first and its update site second. Call {@link ProfileStates#supersedeStale} before p2 reads the
     * profile.
     */
    public List<Reconciled> reconcile(IProgressMonitor monitor) throws IOException {
        List<Reconciled> done = new ArrayList<>();
        for (PluginRecords.Installed plugin : records.list()) {
            if (installed(plugin.feature(), monitor).isPresent()) {
                continue;
            }
            List<URI> sites = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            Optional<IInstallableUnit> unit = Optional.empty();
            for (URI site : List.of(records.repository().toUri(), URI.create(plugin.repository()))) {
                try {
                    Optional<IInstallableUnit> offered = loadMetadata(site, monitor)
                            .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(plugin.feature() + GROUP_SUFFIX)),
                                    monitor)
                            .stream().findFirst();
                    loadArtifacts(site, monitor);
                    sites.add(site);
                    if (offered.isPresent() && (unit.isEmpty() || offered.get().getVersion().compareTo(unit.get().getVersion()) > 0)) {
                        unit = offered;
                    }
                } catch (PluginException e) {
                    unreadable.add(e.getMessage());
                }
            }
            if (unit.isEmpty()) {
                done.add(new Reconciled(plugin.feature(), false, "not found in its copy or on " + plugin.repository()
                        + (unreadable.isEmpty() ? "" : " (" + String.join("; ", unreadable) + ")")));
                continue;
            }
            try {
                run(new InstallOperation(new ProvisioningSession(agent), List.of(unit.get())), "restore " + plugin.feature(),
                        sites, monitor);
                done.add(new Reconciled(plugin.feature(), true, unit.get().getVersion().toString()));
            } catch (PluginException e) {
                done.add(new Reconciled(plugin.feature(), false, e.getMessage()));
            }
        }
        return done;
    }

    private static boolean isBundle(IInstallableUnit iu) {
        return iu.getArtifacts().stream().anyMatch(key -> key.getClassifier().equals("osgi.bundle"));
    }

    private void run(ProfileChangeOperation operation, String what, List<URI> sites, IProgressMonitor monitor)
            throws PluginException {
        operation.setProfileId(IProfileRegistry.SELF);
        if (!sites.isEmpty()) {
            operation.getProvisioningContext().setMetadataRepositories(sites.toArray(URI[]::new));
            operation.getProvisioningContext().setArtifactRepositories(sites.toArray(URI[]::new));
        }
        IStatus resolved = operation.resolveModal(monitor);
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("cannot " + what + ": " + oneLine(resolved, operation.getResolutionDetails()));
        }
        IStatus result = operation.getProvisioningJob(monitor).runModal(monitor);
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("cannot " + what + ": " + oneLine(result, null));
        }
    }

    private static String oneLine(IStatus status, String details) {
        List<String> messages = new ArrayList<>();
        collect(status, messages);
        if (details != null && !details.isBlank()) {
            messages.add(details);
        }
        return messages.stream().flatMap(String::lines).map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
    }

    private static void collect(IStatus status, List<String> messages) {
        if (status.getSeverity() >= IStatus.WARNING && status.getMessage() != null) {
            messages.add(status.getMessage());
        }
        if (status instanceof MultiStatus) {
            for (IStatus child : status.getChildren()) {
                collect(child, messages);
            }
        }
    }

    private IMetadataRepository loadMetadata(URI site, IProgressMonitor monitor) throws PluginException {
        try {
            return agent.getService(IMetadataRepositoryManager.class).loadRepository(site, monitor);
        } catch (ProvisionException e) {
            throw new PluginException("cannot read the update site " + site + ": " + e.getMessage(), e);
        }
    }

    private IArtifactRepository loadArtifacts(URI site, IProgressMonitor monitor) throws PluginException {
        try {
            return agent.getService(IArtifactRepositoryManager.class).loadRepository(site, monitor);
        } catch (ProvisionException e) {
            throw new PluginException("cannot read the artifacts of the update site " + site + ": " + e.getMessage(), e);
        }
    }

    /** Copies what an install added (metadata and artifacts) into the plugins area's local repository. */
    private void keepCopy(URI site, Set<IInstallableUnit> added, IProgressMonitor monitor) throws PluginException, IOException {
        Files.createDirectories(records.repository());
        URI local = records.repository().toUri();
        IMetadataRepositoryManager metadataManager = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifactManager = agent.getService(IArtifactRepositoryManager.class);
        try {
            IMetadataRepository metadata = metadataManager.contains(local) || Files.exists(records.repository().resolve("content.xml"))
                    ? metadataManager.loadRepository(local, monitor)
                    : metadataManager.createRepository(local, "Dossier plugins", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY,
                            Map.of());
            IArtifactRepository artifacts = Files.exists(records.repository().resolve("artifacts.xml"))
                    ? artifactManager.loadRepository(local, monitor)
                    : artifactManager.createRepository(local, "Dossier plugins", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY,
                            Map.of());
            metadata.addInstallableUnits(added);
            IArtifactRepository source = loadArtifacts(site, monitor);
            Set<IArtifactKey> copied = new HashSet<>();
            for (IInstallableUnit iu : added) {
                for (IArtifactKey key : iu.getArtifacts()) {
                    if (!copied.add(key) || artifacts.contains(key)) {
                        continue;
                    }
                    IArtifactDescriptor canonical = canonical(source.getArtifactDescriptors(key), key, site);
                    IStatus status;
                    try (OutputStream out = artifacts.getOutputStream(artifacts.createArtifactDescriptor(key))) {
                        status = source.getArtifact(canonical, out, monitor);
                    }
                    if (!status.isOK()) {
                        throw new PluginException("cannot keep a copy of " + key + ": " + oneLine(status, null));
                    }
                }
            }
            // the local copy is ours; the managers need not offer it as an update site
            metadataManager.setEnabled(local, false);
            artifactManager.setEnabled(local, false);
        } catch (ProvisionException e) {
            throw new PluginException("cannot keep a copy of the plugin in " + records.repository() + ": " + e.getMessage(), e);
        }
    }

    private static IArtifactDescriptor canonical(IArtifactDescriptor[] descriptors, IArtifactKey key, URI site)
            throws PluginException {
        for (IArtifactDescriptor descriptor : descriptors) {
            if (descriptor.getProperty(IArtifactDescriptor.FORMAT) == null) {
                return descriptor;
            }
        }
        throw new PluginException(site + " has no plain copy of " + key);
    }
}
