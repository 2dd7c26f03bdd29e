package dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import dossier.cli.internal.CommandRunner;

/** Runs {@code dossier} command lines that reach this process from elsewhere. */
public final class CommandLines {

    private CommandLines() {
    }

    /**
     * Runs a command line for a caller in another process, as the launcher would run it there: on {@code heldFolder},
     * a workspace this process holds; relative paths are the caller's, from {@code workingDirectory}.
     *
     * @return the exit code
     */
    public static int runForCaller(String[] args, Path heldFolder, Path workingDirectory, PrintStream out,
            PrintStream err) {
        return CommandRunner.forCaller(heldFolder, workingDirectory, out, err).run(args);
    }
}
