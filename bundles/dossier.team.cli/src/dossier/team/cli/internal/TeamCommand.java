package dossier.team.cli.internal;

import java.io.Console;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.team.TeamCollection;
import dossier.team.TeamException;

/** A {@code team} command: runs on the workspace's team collection; its failures are one line. */
abstract class TeamCommand extends WorkspaceCommand {

    /** Where a script gives the password of {@code --user} (a terminal is asked otherwise). */
    static final String PASSWORD_VARIABLE = "DOSSIER_TEAM_PASSWORD";

    @Override
    protected final int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        try {
            return run(context, workspace, workspace.service(TeamCollection.class));
        } catch (TeamException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    abstract int run(CommandContext context, ResearchWorkspace workspace, TeamCollection team) throws Exception;

    /** The password of {@code user}: from {@value #PASSWORD_VARIABLE}, else typed in the terminal; null without user. */
    static String password(String user) throws CommandFailure {
        if (user == null) {
            return null;
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("no password for " + user + ": run in a terminal or set " + PASSWORD_VARIABLE);
        }
        char[] typed = console.readPassword("Solr password of %s: ", user);
        if (typed == null) {
            throw new CommandFailure("no password for " + user);
        }
        return new String(typed);
    }
}
