package dossier.connector;

import java.util.List;

import dossier.connector.http.FetchResponse;
import dossier.store.Capture;

/** A connector that can also take a single URL's answer, for {@code dossier fetch URL}. */
public interface UrlConnector extends Connector {

    /** True if this connector understands the answer (a feed, a page ...). */
    boolean accepts(FetchResponse response);

    /** The captures in the answer. */
    List<Capture> captures(FetchResponse response) throws ConnectorException;
}
