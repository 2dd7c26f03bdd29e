package dossier.cli.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dossier.core.extensions.ContributionPoint;

/** The commands contributed to {@code dossier.cli.commands}, read once per platform into descriptors. */
public final class CommandRegistry {

    public static final String EXTENSION_POINT = "dossier.cli.commands";
    private static final ContributionPoint<CommandDescriptor> POINT = new ContributionPoint<>(EXTENSION_POINT,
            List.of("name", "class"), CommandDescriptor::new, Comparator.comparing(CommandDescriptor::name));

    private CommandRegistry() {
    }

    /** The commands of the running platform; a contribution without name or class is logged and left out. */
    public static List<CommandDescriptor> all() {
        return POINT.all();
    }

    /** The command whose name is the longest run of leading words of {@code args}. */
    public static Optional<CommandDescriptor> match(String[] args) {
        CommandDescriptor best = null;
        for (CommandDescriptor command : all()) {
            String[] words = command.name().split(" ");
            if (words.length <= args.length && Arrays.equals(words, Arrays.copyOf(args, words.length))
                    && (best == null || words.length > best.name().split(" ").length)) {
                best = command;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The commands of a group, e.g. {@code index} gives {@code index rebuild} and {@code index status}. */
    public static List<CommandDescriptor> group(String group) {
        return all().stream().filter(c -> c.name().startsWith(group + " ")).toList();
    }
}
