package dossier.service;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.ILog;

import com.sun.net.httpserver.HttpServer;

import dossier.casefile.HeldWorkspace;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.service.forward.ServiceFile;
import dossier.service.internal.Gate;
import dossier.service.internal.Tokens;

/**
 * The local service of a running Dossier: HTTP on 127.0.0.1 at {@link #PREFERRED_PORT} or else a free port, for the
 * commands the launcher forwards and the browser extension's captures. It holds the workspace for them ({@link HeldWorkspace}) and writes its port and
 * secret token to the workspace's {@link ServiceFile}, removed again by {@link #close()}.
 */
public final class LocalService implements AutoCloseable {

    /**
     * The port a service takes when it is free, so that the browser extension finds Dossier without being told (as
     * the Zotero Connector finds Zotero on 23119); a second running Dossier takes a free port instead.
     */
    public static final int PREFERRED_PORT = 23143;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Gate gate;
    private final HeldWorkspace held;
    private final ServiceFile file;

    private LocalService(HttpServer server, ExecutorService threads, Gate gate, HeldWorkspace held, ServiceFile file) {
        this.server = server;
        this.threads = threads;
        this.gate = gate;
        this.held = held;
        this.file = file;
    }

    /** Starts the service on {@code workspace}; after each piece of work it saves what changed. */
    public static LocalService start(ResearchWorkspace workspace, Intake.ModelThread modelThread, PairingPrompt prompt)
            throws IOException {
        return start(workspace, modelThread, () -> modelThread.run(() -> saveChanges(workspace)), prompt);
    }

    /**
     * Starts the service on {@code workspace}, whose model changes on {@code modelThread}.
     *
     * @param afterWork run after each piece of work (a command, a capture), on the thread that did it, before its
     *        caller is answered: shows and saves what changed
     * @param prompt shows the user a pairing code
     */
    public static LocalService start(ResearchWorkspace workspace, Intake.ModelThread modelThread, Runnable afterWork,
            PairingPrompt prompt) throws IOException {
        HeldWorkspace held = HeldWorkspace.hold(workspace, modelThread, afterWork);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "Dossier local service");
            thread.setDaemon(true);
            return thread;
        });
        try {
            String token = Tokens.newToken();
            Gate gate = new Gate(held, token, prompt);
            HttpServer server = listening();
            server.createContext("/", gate);
            server.setExecutor(threads);
            server.start();
            int port = server.getAddress().getPort();
            gate.listensOn(port);
            ServiceFile file = new ServiceFile(port, token, ProcessHandle.current().pid());
            try {
                file.write(workspace.folder());
            } catch (IOException e) {
                server.stop(0);
                throw e;
            }
            return new LocalService(server, threads, gate, held, file);
        } catch (IOException | RuntimeException e) {
            threads.shutdownNow();
            held.release();
            throw e;
        }
    }

    private static HttpServer listening() throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PREFERRED_PORT), 0);
        } catch (BindException e) {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops answering, cancels the commands still running, removes the service file and releases the workspace. */
    @Override
    public void close() {
        gate.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            file.remove(held.workspace().folder());
        } catch (IOException e) {
            ILog.of(LocalService.class).warn("Cannot remove " + ServiceFile.of(held.workspace().folder()), e);
        }
        held.release();
    }

    private static void saveChanges(ResearchWorkspace workspace) {
        if (workspace.isDirty()) {
            try {
                workspace.save();
            } catch (IOException e) {
                ILog.of(LocalService.class).error("Cannot save the workspace", e);
            }
        }
    }
}
