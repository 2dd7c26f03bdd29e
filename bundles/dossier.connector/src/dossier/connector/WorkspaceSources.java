package dossier.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import dossier.casefile.ResearchWorkspace;
import dossier.connector.http.HttpCache;
import dossier.connector.http.HttpFetcher;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;
import dossier.store.PutResult;

/**
 * A workspace's sources as the commands and the workbench fetch them: the workspace's HTTP cache
 * and fetcher, the installed connectors, which sources are due, and filing what was fetched.
 */
public final class WorkspaceSources {

    public static final String CASE_PARAMETER = "case";

    private final ResearchWorkspace workspace;
    private final HttpCache cache;
    private final HttpFetcher http;
    private final ConnectorRegistry registry;
    private final SourceItems sourceItems;

    public WorkspaceSources(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.cache = HttpCache.load(workspace.folder().resolve(Path.of("connectors", "http-cache.json")));
        this.http = new HttpFetcher(ConnectorPreferences.settings(), cache);
        this.registry = ConnectorRegistry.platform();
        this.sourceItems = new SourceItems(workspace.folder());
    }

    public ConnectorRegistry registry() {
        return registry;
    }

    public HttpFetcher http() {
        return http;
    }

    public static SourceSpec spec(Source source) {
        return new SourceSpec(source.getId(), source.getConnectorId(), source.getName(), source.getParameters());
    }

    /**
     * Fetches the sources (see {@link SourceRefresher#refresh}) as user jobs (commands) or background jobs (scheduled
     * refreshes), and adds what each brought to its {@link SourceItems}; call it off the UI thread. A failure to
     * keep those counts is logged and leaves the fetch as it was.
     */
    public List<SourceRefresher.Outcome> refresh(List<SourceSpec> sources, boolean userJobs, Duration timeout)
            throws InterruptedException {
        List<SourceRefresher.Outcome> outcomes = new SourceRefresher(registry, workspace.store(), http, userJobs)
                .refresh(sources, timeout);
        for (SourceRefresher.Outcome outcome : outcomes) {
            try {
                sourceItems.add(outcome.source().id(), outcome.results().stream().map(PutResult::id).toList());
            } catch (IOException e) {
                ILog.of(WorkspaceSources.class).error("Cannot count the items of source '" + outcome.source().name()
                        + "': " + e.getMessage(), e);
            }
        }
        return outcomes;
    }

    /** The items each source has brought. */
    public SourceItems sourceItems() {
        return sourceItems;
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

    /** Files a fetch's items in the source's case file (the Inbox if none) and logs the fetch on the source. */
    public void record(Source source, SourceRefresher.Outcome outcome) throws IOException {
        String caseName = source.getParameters().get(CASE_PARAMETER);
        CaseFile caseFile = caseName == null || caseName.isBlank() ? null : workspace.caseFileNamed(caseName);
        if (!outcome.results().isEmpty()) {
            workspace.file(outcome.results(), caseFile, List.of());
        }
        workspace.recordFetch(source, outcome.ok(), outcome.summary(), outcome.results().size());
    }

    public void saveCache() throws IOException {
        cache.save();
    }
}
