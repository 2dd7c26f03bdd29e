package dossier.casefile.cli;

import java.util.Optional;

import dossier.casefile.CaseFileException;
import dossier.casefile.HeldWorkspace;
import dossier.casefile.Intake;
import dossier.casefile.ProtectedMaterialException;
import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.DossierCommand;
import dossier.model.casefile.CaseFile;

/**
 * A command on the research workspace. On a workspace this process holds (the workbench's, {@code dossier serve}'s) it
 * runs on that workspace's model thread, or, if it {@link #changesThroughIntake() changes it only through the
 * intake}, beside it, handing its filing to the model thread; the holder shows and saves what changed. Otherwise it opens the workspace,
 * reports what opening repaired, and saves what changed.
 */
public abstract class WorkspaceCommand implements DossierCommand {

    private Intake.ModelThread modelThread = Intake.ModelThread.CALLER;

    @Override
    public final int run(CommandContext context) throws Exception {
        Optional<HeldWorkspace> held = HeldWorkspace.of(context.workspace());
        if (held.isPresent()) {
            HeldWorkspace holder = held.get();
            modelThread = holder.modelThread();
            return changesThroughIntake() ? runReporting(context, holder.workspace())
                    : modelThread.call(() -> runReporting(context, holder.workspace()));
        }
        try (ResearchWorkspace workspace = ResearchWorkspace.open(context.workspace())) {
            for (String problem : workspace.problems()) {
                context.err().println("dossier: " + problem);
            }
            int exit = runReporting(context, workspace);
            if (workspace.isDirty()) {
                workspace.save();
            }
            return exit;
        }
    }

    private int runReporting(CommandContext context, ResearchWorkspace workspace) throws Exception {
        try {
            return run(context, workspace);
        } catch (CaseFileException | ProtectedMaterialException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** Runs on the open workspace; changes are saved when it returns. */
    protected abstract int run(CommandContext context, ResearchWorkspace workspace) throws Exception;

    /**
     * Whether this command changes the model only by {@link Intake#file filing} batches (with {@link #modelThread()}),
     * so that on a held workspace its reading and storing runs beside the model thread rather than on it.
     */
    protected boolean changesThroughIntake() {
        return false;
    }

    /** The thread that changes the model: the caller's, or the holder's on a held workspace. */
    protected final Intake.ModelThread modelThread() {
        return modelThread;
    }

    /** The case file a {@code --case} option names, null if the option is not given; a name none has fails. */
    protected static CaseFile caseFileOption(ResearchWorkspace workspace, String name) throws CommandFailure {
        if (name == null) {
            return null;
        }
        return workspace.caseFile(name).orElseThrow(() -> new CommandFailure("no case file named '" + name + "'"));
    }
}
