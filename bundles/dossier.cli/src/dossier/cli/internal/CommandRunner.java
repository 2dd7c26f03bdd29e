package dossier.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.service.datalocation.Location;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.core.extensions.Contributions;
import dossier.core.product.ProductInfo;
import dossier.core.workspace.WorkspaceAccess;
import dossier.core.workspace.WorkspaceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Finds the command named by the arguments, parses its options, locks the workspace and runs it. */
public final class CommandRunner {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final Location workspace;
    private final Path heldFolder;
    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;

    /** Runs commands of this process's command line on the workspace {@code workspace} locates, locking it. */
    public CommandRunner(Location workspace, PrintStream out, PrintStream err) {
        this(workspace, null, null, out, err);
    }

    private CommandRunner(Location workspace, Path heldFolder, Path workingDirectory, PrintStream out,
            PrintStream err) {
        this.workspace = workspace;
        this.heldFolder = heldFolder;
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs commands for a caller in another process on {@code heldFolder}, a workspace this process holds (so it is not
     * locked again); relative paths in options and parameters are the caller's, from {@code workingDirectory}.
     */
    public static CommandRunner forCaller(Path heldFolder, Path workingDirectory, PrintStream out, PrintStream err) {
        return new CommandRunner(null, heldFolder, workingDirectory, out, err);
    }

    /** What {@link #runIn} printed and returned. */
    public record Captured(int exit, String out, String err) {
    }

    /**
     * Runs a command line in this process on the workspace {@code folder}, as the launcher would,
     * capturing what it prints: for tests and tools that drive several commands.
     */
    public static Captured runIn(Path folder, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Location location = Platform.getInstanceLocation().createLocation(null, null, false);
        location.set(folder.toUri().toURL(), false);
        try {
            int exit = new CommandRunner(location, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
            return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            location.release();
        }
    }

    public int run(String[] args) {
        if (args.length == 0 || isHelp(args[0])) {
            printOverview(out);
            return EXIT_OK;
        }
        Optional<CommandDescriptor> match = CommandRegistry.match(args);
        if (match.isEmpty()) {
            List<CommandDescriptor> group = CommandRegistry.group(args[0]);
            if (!group.isEmpty()) {
                boolean help = args.length > 1 && isHelp(args[1]);
                printGroup(help ? out : err, args[0], group);
                return help ? EXIT_OK : EXIT_USAGE;
            }
            err.println("dossier: unknown command '" + args[0] + "'; 'dossier --help' lists the commands");
            return EXIT_USAGE;
        }
        CommandDescriptor descriptor = match.get();
        String[] rest = Arrays.copyOfRange(args, descriptor.name().split(" ").length, args.length);
        return run(descriptor, rest);
    }

    private int run(CommandDescriptor descriptor, String[] rest) {
        String name = descriptor.name();
        try {
            DossierCommand command = descriptor.create();
            CommandLine commandLine = commandLine(descriptor, command);
            try {
                commandLine.parseArgs(rest);
            } catch (ParameterException e) {
                err.println("dossier " + name + ": " + e.getMessage() + "; 'dossier " + name + " --help' explains it");
                return EXIT_USAGE;
            }
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out);
                return EXIT_OK;
            }
            Path folder = descriptor.workspaceUse() != CommandDescriptor.WorkspaceUse.LOCKED ? null
                    : heldFolder != null ? heldFolder
                    : WorkspaceAccess.acquire(workspace);
            return command.run(new CommandContext(name, out, err, folder));
        } catch (CommandFailure | Contributions.Failure | WorkspaceUnavailableException e) {
            err.println("dossier " + name + ": " + e.getMessage());
            return EXIT_FAILURE;
        } catch (Exception | LinkageError e) {
            ILog.of(CommandRunner.class).log(Status.error("dossier " + name + " failed", e));
            err.println("dossier " + name + ": unexpected error: " + e + " (details in " + Platform.getLogFileLocation()
                    + ")");
            return EXIT_FAILURE;
        }
    }

    private CommandLine commandLine(CommandDescriptor descriptor, DossierCommand command) {
        CommandSpec spec = command.getClass().isAnnotationPresent(Command.class)
                ? CommandSpec.forAnnotatedObject(command)
                : CommandSpec.wrapWithoutInspection(command);
        spec.name("dossier " + descriptor.name());
        if (spec.usageMessage().description().length == 0) {
            spec.usageMessage().description(descriptor.summary());
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help").build());
        spec.usageMessage().footer("%nEvery command takes -data DIR to choose the workspace (default ~/dossier-workspace).");
        CommandLine commandLine = new CommandLine(spec);
        if (workingDirectory != null) {
            commandLine.registerConverter(Path.class, value -> workingDirectory.resolve(value));
            commandLine.registerConverter(File.class, value -> workingDirectory.resolve(value).toFile());
        }
        return commandLine;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    void printOverview(PrintStream stream) {
        stream.println(ProductInfo.NAME + " " + ProductInfo.version()
                + ": a research notebook for social media and marketing strategists");
        stream.println();
        stream.println("Usage: dossier [-data DIR]                   open the workbench");
        stream.println("       dossier [-data DIR] COMMAND [OPTIONS]  run a command without the workbench");
        stream.println();
        stream.println("Commands:");
        printList(stream, CommandRegistry.all());
        stream.println();
        stream.println("'dossier COMMAND --help' explains a command. -data DIR chooses the workspace"
                + " (default ~/dossier-workspace).");
    }

    private static void printGroup(PrintStream stream, String group, List<CommandDescriptor> commands) {
        stream.println("'dossier " + group + "' needs one of:");
        printList(stream, commands);
    }

    private static void printList(PrintStream stream, List<CommandDescriptor> commands) {
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CommandDescriptor command : commands) {
            stream.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
        }
    }
}
