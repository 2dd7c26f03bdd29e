package dossier.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;


import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.WorkspaceServiceFactory;
import dossier.connector.http.FetchSettings;
import dossier.connector.http.HttpCache;
import dossier.connector.http.HttpFetcher;
import dossier.model.casefile.Source;

/**
 * A workspace's sources as the commands and the workbench fetch them: the installed connectors, the workspace's HTTP
 * cache and fetcher, which sources are due and which are being fetched. A service of the open workspace
 * ({@code dossier.casefile.services}); what a fetch brings is filed through the workspace's {@link Intake}.
 */
public final class WorkspaceSources implements AutoCloseable {

    /** Makes the service. */
    public static final class Factory implements WorkspaceServiceFactory {
        @Override
        public Object create(ResearchWorkspace workspace) {
            return new WorkspaceSources(workspace);
        }
    }

    /** One source's fetch, prepared on the thread that changes the model: what the connector sees, where it goes. */
    public record Fetch(Source source, SourceSpec spec, Intake.Batch batch) {
    }

    private final ResearchWorkspace workspace;
    private HttpCache cache;
    private HttpFetcher http;
    private FetchSettings httpSettings;
    private final ConnectorRegistry registry;
    private final Set<String> fetching = ConcurrentHashMap.newKeySet();
    private final List<Runnable> fetchListeners = new CopyOnWriteArrayList<>();

    private WorkspaceSources(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.registry = ConnectorRegistry.platform();
    }

    /** The sources of an open workspace. */
    public static WorkspaceSources of(ResearchWorkspace workspace) throws IOException {
        return workspace.service(WorkspaceSources.class);
    }

    public ConnectorRegistry registry() {
        return registry;
    }

    /**
     * The workspace's HTTP fetcher with the network preferences as they are now; its cache is read on first use (off
     * the UI thread).
     */
    public synchronized HttpFetcher http() {
        if (cache == null) {
            cache = HttpCache.load(workspace.folder().resolve(Path.of("connectors", "http-cache.json")));
        }
        FetchSettings settings = ConnectorPreferences.settings();
        if (http == null || !settings.equals(httpSettings)) {
            http = new HttpFetcher(settings, cache);
            httpSettings = settings;
        }
        return http;
    }

    public static SourceSpec spec(Source source) {
        return new SourceSpec(source.getId(), source.getConnectorId(), source.getName(), source.getParameters());
    }

    /** Fetches of these sources, each into its own batch; call it on the thread that changes the model. */
    public List<Fetch> prepare(List<Source> sources) {
        return sources.stream().map(s -> new Fetch(s, spec(s), workspace.intake().batch(Intake.Filing.of(s))))
                .toList();
    }

    /**
     * Fetches the sources (see {@link SourceRefresher#refresh}) as user jobs (commands) or background jobs (scheduled
     * refreshes), then saves the HTTP cache; call it off the UI thread. Each outcome's items are stored, to be filed
     * with {@link #file}.
     */
    public List<SourceRefresher.Outcome> refresh(List<Fetch> fetches, boolean userJobs, Duration timeout)
            throws InterruptedException, IOException {
        List<SourceRefresher.Outcome> outcomes = new SourceRefresher(registry, http(), userJobs).refresh(fetches,
                timeout);
        saveCache();
        return outcomes;
    }

    /** Files what a fetch brought through the {@link Intake}, with how it went for the source's record. */
    public Intake.Report file(Fetch fetch, SourceRefresher.Outcome outcome, Intake.ModelThread modelThread)
            throws IOException {
        fetch.batch().fetched(outcome.ok(), outcome.summary());
        return workspace.intake().file(fetch.batch(), modelThread);
    }

    /** Marks sources as being fetched; returns those that were not already (the others are left to their fetch). */
    public List<Source> startFetching(Collection<Source> sources) {
        List<Source> started = sources.stream().filter(s -> fetching.add(s.getId())).toList();
        if (!started.isEmpty()) {
            fetchListeners.forEach(Runnable::run);
        }
        return started;
    }

    /** The sources' fetch ended (or was cancelled before it ran). */
    public void finishFetching(Collection<Source> sources) {
        if (fetching.removeAll(sources.stream().map(Source::getId).toList())) {
            fetchListeners.forEach(Runnable::run);
        }
    }

    /** True while a fetch of the source is waiting or running. */
    public boolean isFetching(Source source) {
        return fetching.contains(source.getId());
    }

    /** Runs {@code listener} (on the thread that starts or ends it) when a fetch starts or ends; returns its remover. */
    public Runnable addFetchListener(Runnable listener) {
        fetchListeners.add(listener);
        return () -> fetchListeners.remove(listener);
    }

    /** The workspace's sources with a schedule whose last fetch is older than the schedule's interval. */
    public static List<Source> due(ResearchWorkspace workspace, Instant now) {
        List<Source> due = new ArrayList<>();
        for (Source source : workspace.model().getSources()) {
            if (source.getSchedule() == null || source.getSchedule().isBlank()) {
                continue;
            }
            try {
                Duration every = Duration.parse(source.getSchedule());
                Date last = source.getLastFetch() == null ? null : source.getLastFetch().getTime();
                if (last == null || !last.toInstant().plus(every).isAfter(now)) {
                    due.add(source);
                }
            } catch (DateTimeParseException e) {
                // a schedule that is not an ISO 8601 duration is never due; source add refuses them
            }
        }
        return due;
    }

    private synchronized void saveCache() throws IOException {
        if (cache != null) {
            cache.save();
        }
    }

    /** Keeps the HTTP cache for the next session. */
    @Override
    public void close() throws IOException {
        saveCache();
    }
}
