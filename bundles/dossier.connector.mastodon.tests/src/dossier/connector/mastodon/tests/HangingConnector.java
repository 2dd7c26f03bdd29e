package dossier.connector.mastodon.tests;

import dossier.connector.Connector;
import dossier.connector.FetchContext;
import dossier.connector.SourceSpec;

/** Never finishes on its own: stands for a connector stuck on a server that does not answer. */
public final class HangingConnector implements Connector {

    @Override
    public void fetch(SourceSpec source, FetchContext context) {
        while (!context.monitor().isCanceled()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
