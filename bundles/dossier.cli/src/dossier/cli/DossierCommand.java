package dossier.cli;

/**
 * A command of the {@code dossier} launcher, contributed to the {@code dossier.cli.commands}
 * extension point. Options and parameters are picocli-annotated fields of the implementing class;
 * they are filled in before {@link #run(CommandContext)}.
 */
public interface DossierCommand {

    /**
     * Runs the command.
     *
     * @return the process exit code, 0 for success
     * @throws CommandFailure for a failure the user can act on; its message is printed as one line
     */
    int run(CommandContext context) throws Exception;
}
