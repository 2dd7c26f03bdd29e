package dossier.service.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.service.LocalService;
import picocli.CommandLine.Command;

@Command(description = { "Hold the workspace open without the workbench, for servers and scripts.",
        "While it runs, every dossier command on this workspace is carried out by it (fast: no second start), and"
                + " the browser extension captures into it. It listens on 127.0.0.1 only, at a free port written with"
                + " a secret token to the workspace's .metadata/dossier-service.properties (readable by you only)."
                + " A browser extension asking to pair gets a code printed here. Ctrl+C (or SIGTERM) stops it." })
public final class ServeCommand implements DossierCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onExit = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dossier serve: stopping");
        Runtime.getRuntime().addShutdownHook(onExit);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(context.workspace())) {
            for (String problem : workspace.problems()) {
                context.err().println("dossier: " + problem);
            }
            ReentrantLock model = new ReentrantLock();
            Intake.ModelThread modelThread = change -> {
                model.lock();
                try {
                    change.run();
                } finally {
                    model.unlock();
                }
            };
            try (LocalService service = LocalService.start(workspace, modelThread, (client, code) -> context.err()
                    .println("dossier serve: " + client + " asks to pair; its code is " + code))) {
                context.err().println("dossier serve: serving " + context.workspace() + " on 127.0.0.1:"
                        + service.port() + "; Ctrl+C stops");
                stop.await(); // each piece of work was saved when it ended
            }
        } finally {
            stopped.countDown();
        }
        context.err().println("dossier serve: stopped");
        return 0;
    }
}
