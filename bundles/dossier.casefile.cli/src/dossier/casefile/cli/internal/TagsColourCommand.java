package dossier.casefile.cli.internal;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(description = "Set a tag's colour (#rrggbb), or take it away with \"none\".")
public final class TagsColourCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "TAG", description = "The tag's id or path")
    private String tag;

    @Parameters(index = "1", paramLabel = "COLOUR", description = "#rrggbb, e.g. #d94f3d, or none")
    private String colour;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        tagging.setColour(tagging.existingTag(tag), "none".equalsIgnoreCase(colour) ? null : colour);
        return 0;
    }
}
