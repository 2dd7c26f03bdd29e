package dossier.connector.email.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.imap.IMAPStore;

import dossier.connector.ConnectorException;
import dossier.connector.http.FetchException;

/**
 * Runs Jakarta Mail code with a context class loader that sees Angus Mail's and Angus Activation's providers and
 * resources (META-INF/services, mailcap): Jakarta Mail finds them through the context class loader, and in OSGi they
 * are in other bundles than the API.
 */
final class MailLibrary {

    /** Work with the mail library. */
    @FunctionalInterface
    interface Work {
        void run() throws ConnectorException, FetchException;
    }

    private static final ClassLoader PROVIDERS = new ClassLoader(null) {
        private final List<ClassLoader> loaders = List.of(IMAPStore.class.getClassLoader(),
                MailcapRegistryProviderImpl.class.getClassLoader());

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (ClassLoader loader : loaders) {
                try {
                    return loader.loadClass(name);
                } catch (ClassNotFoundException e) {
                    // the next one may have it
                }
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            return loaders.stream().map(loader -> loader.getResource(name)).filter(url -> url != null).findFirst()
                    .orElse(null);
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            List<URL> all = new ArrayList<>();
            for (ClassLoader loader : loaders) {
                all.addAll(Collections.list(loader.getResources(name)));
            }
            return Collections.enumeration(all);
        }
    };

    private MailLibrary() {
    }

    static void run(Work work) throws ConnectorException, FetchException {
        Thread thread = Thread.currentThread();
        ClassLoader kept = thread.getContextClassLoader();
        thread.setContextClassLoader(PROVIDERS);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(kept);
        }
    }
}
