package dossier.service.tests;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;

/** Prints "waiting" and waits until its thread is interrupted (a cancelled run), then says so. */
public final class WaitCommand implements DossierCommand {

    @Override
    public int run(CommandContext context) {
        context.out().println("waiting");
        try {
            Thread.sleep(60_000);
            return 0;
        } catch (InterruptedException e) {
            context.err().println("interrupted");
            return 1;
        }
    }
}
