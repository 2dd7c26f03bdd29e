package dossier.cli.tests;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;

public final class PrintWorkspaceCommand implements DossierCommand {

    @Override
    public int run(CommandContext context) {
        context.out().println(context.workspace());
        return 0;
    }
}
