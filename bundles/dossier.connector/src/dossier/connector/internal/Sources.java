package dossier.connector.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;

import dossier.casefile.ResearchWorkspace;
import dossier.connector.ConnectorPreferences;
import dossier.connector.ConnectorRegistry;
import dossier.connector.SourceRefresher;
import dossier.connector.SourceSpec;
import dossier.connector.http.HttpCache;
import dossier.connector.http.HttpFetcher;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Source;

/** Fetching for the commands: the workspace's HTTP cache and fetcher, and filing what was fetched. */
final class Sources {

    static final String CASE_PARAMETER = "case";

    private final ResearchWorkspace workspace;
    private final HttpCache cache;
    private final HttpFetcher http;
    private final ConnectorRegistry registry;

    Sources(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.cache = HttpCache.load(workspace.folder().resolve(Path.of("connectors", "http-cache.json")));
        this.http = new HttpFetcher(ConnectorPreferences.settings(), cache);
        this.registry = ConnectorRegistry.fromExtensions(Platform.getExtensionRegistry());
    }

    ConnectorRegistry registry() {
        return registry;
    }

    HttpFetcher http() {
        return http;
    }

    static SourceSpec spec(Source source) {
        return new SourceSpec(source.getId(), source.getConnectorId(), source.getName(), source.getParameters());
    }

    SourceRefresher refresher() {
        return new SourceRefresher(registry, workspace.store(), http);
    }

    /** Files a fetch's items in the source's case file (the Inbox if none) and logs the fetch on the source. */
    void record(Source source, SourceRefresher.Outcome outcome) throws IOException {
        String caseName = source.getParameters().get(CASE_PARAMETER);
        CaseFile caseFile = caseName == null || caseName.isBlank() ? null : workspace.caseFileNamed(caseName);
        if (!outcome.results().isEmpty()) {
            workspace.file(outcome.results(), caseFile, List.of());
        }
        workspace.recordFetch(source, outcome.ok(), outcome.summary(), outcome.results().size());
    }

    void saveCache() throws IOException {
        cache.save();
    }
}
