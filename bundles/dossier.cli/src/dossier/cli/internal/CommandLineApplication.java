package dossier.cli.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application the launcher starts when given a command: {@code dossier COMMAND ...}. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int exit = new CommandRunner(Platform.getInstanceLocation(), System.out, System.err)
                .run(args == null ? new String[0] : args);
        System.out.flush();
        return Integer.valueOf(exit);
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
