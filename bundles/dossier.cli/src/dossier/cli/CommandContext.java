package dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** What a running command gets from the launcher: its output streams and its workspace. */
public final class CommandContext {

    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();

    private final String commandName;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workspace;

    public CommandContext(String commandName, PrintStream out, PrintStream err, Path workspace) {
        this.commandName = commandName;
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    /** The name the command was invoked by, e.g. {@code bench startup}. */
    public String commandName() {
        return commandName;
    }

    /** Standard output: the command's result. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: progress and warnings. */
    public PrintStream err() {
        return err;
    }

    /** The locked workspace folder; only for commands contributed with {@code workspace="locked"}. */
    public Path workspace() {
        if (workspace == null) {
            throw new IllegalStateException("command '" + commandName + "' is contributed with workspace=\"none\"");
        }
        return workspace;
    }

    /** Prints a value (records, maps, lists) as indented JSON on standard output. */
    public void printJson(Object value) {
        out.println(JSON.toJson(value));
    }
}
