package dossier.casefile.cli;

import dossier.casefile.CaseFileException;
import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.model.casefile.CaseFile;

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

    /** The case file a {@code --case} option names, null if the option is not given; a name none has fails. */
    protected static CaseFile caseFileOption(ResearchWorkspace workspace, String name) throws CommandFailure {
        if (name == null) {
            return null;
        }
        return workspace.caseFile(name).orElseThrow(() -> new CommandFailure("no case file named '" + name + "'"));
    }
}
