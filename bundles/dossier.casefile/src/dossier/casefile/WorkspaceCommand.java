package dossier.casefile;

import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;

/** A command on the research workspace: opens it, reports what opening repaired, saves what changed. */
public abstract class WorkspaceCommand implements DossierCommand {

    @Override
    public final int run(CommandContext context) throws Exception {
        try (ResearchWorkspace workspace = ResearchWorkspace.open(context.workspace())) {
            for (String problem : workspace.problems()) {
                context.err().println("dossier: " + problem);
            }
            int exit;
            try {
                exit = run(context, workspace);
            } catch (CaseFileException | ProtectedMaterialException e) {
                throw new CommandFailure(e.getMessage());
            }
            if (workspace.isDirty()) {
                workspace.save();
            }
            return exit;
        }
    }

    /** Runs on the open workspace; changes are saved when it returns. */
    protected abstract int run(CommandContext context, ResearchWorkspace workspace) throws Exception;
}
