package dossier.casefile.cli.internal;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "Write a note on a case file, clip or item; prints the note's id.")
public final class NoteAddCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "TARGET-ID", description = "The case file, clip or item the note is about")
    private String targetId;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note")
    private String text;

    @Option(names = "--case", paramLabel = "NAME", description = "Case file that keeps the note (default: the one"
            + " holding TARGET-ID)")
    private String caseName;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        Note note = workspace.addNote(targetId, text, caseFileOption(workspace, caseName));
        context.out().println(note.getId());
        return 0;
    }
}
