package dossier.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** The commands contributed to {@code dossier.cli.commands}, read once into descriptors. */
public final class CommandRegistry {

    public static final String EXTENSION_POINT = "dossier.cli.commands";

    private final List<CommandDescriptor> commands;

    CommandRegistry(List<CommandDescriptor> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(CommandDescriptor::name)).toList();
    }

    /** Reads the contributions; a contribution without name or class is logged and skipped. */
    public static CommandRegistry fromExtensions(IExtensionRegistry registry) {
        List<CommandDescriptor> read = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            CommandDescriptor descriptor = new CommandDescriptor(element);
            if (descriptor.name().isEmpty() || element.getAttribute("class") == null) {
                ILog.of(CommandRegistry.class).log(Status.error("Bundle " + descriptor.contributor()
                        + " contributes a command without name or class to " + EXTENSION_POINT + "; it is ignored"));
                continue;
            }
            read.add(descriptor);
        }
        return new CommandRegistry(read);
    }

    public List<CommandDescriptor> all() {
        return commands;
    }

    /** The command whose name is the longest run of leading words of {@code args}. */
    public Optional<CommandDescriptor> match(String[] args) {
        CommandDescriptor best = null;
        for (CommandDescriptor command : commands) {
            String[] words = command.name().split(" ");
            if (words.length <= args.length && Arrays.equals(words, Arrays.copyOf(args, words.length))
                    && (best == null || words.length > best.name().split(" ").length)) {
                best = command;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The commands of a group, e.g. {@code index} gives {@code index rebuild} and {@code index status}. */
    public List<CommandDescriptor> group(String group) {
        return commands.stream().filter(c -> c.name().startsWith(group + " ")).toList();
    }
}
