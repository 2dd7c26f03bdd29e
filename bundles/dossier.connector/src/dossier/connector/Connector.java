package dossier.connector;

import dossier.connector.http.FetchException;

/**
 * Brings material into a workspace from one kind of source (a feed, a web page, a social
 * network). Contributed to {@code dossier.connector.connectors}; one instance may fetch several
 * sources, one at a time per source, possibly from several threads.
 */
public interface Connector {

    /**
     * Fetches the source, handing every capture to {@link FetchContext#capture}. Check
     * {@code context.monitor().isCanceled()} between requests.
     *
     * @throws ConnectorException for a source that is set up wrongly or answers nonsense
     * @throws FetchException for a source that cannot be reached
     */
    void fetch(SourceSpec source, FetchContext context) throws ConnectorException, FetchException;
}
