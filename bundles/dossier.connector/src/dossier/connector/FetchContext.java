package dossier.connector;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.connector.http.HttpFetcher;
import dossier.store.Capture;
import dossier.store.PutResult;

/** What a fetching connector gets: the HTTP fetcher, somewhere to put captures, a progress monitor. */
public interface FetchContext {

    HttpFetcher http();

    /** Stores a capture (durable once the fetch completes); says whether it was new. */
    PutResult capture(Capture capture) throws IOException;

    /** Progress and cancel of the fetch. */
    IProgressMonitor monitor();

    /** A problem that does not stop the fetch (an entry that could not be read ...), for the fetch log. */
    void warn(String message);
}
