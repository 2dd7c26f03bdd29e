package dossier.casefile.cli.internal;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.casefile.Tagging;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Add a tag (with any missing parents) to a tag scheme; prints its id.",
        "A path names the tag below its parents: Tone/Negative. Write a '/' inside a name as '\\/'." })
public final class TagsAddCommand extends WorkspaceCommand {

    static final String DEFAULT_SCHEME = "Tags";

    @Parameters(paramLabel = "PATH", description = "The tag's path, e.g. Tone/Negative")
    private String path;

    @Option(names = "--scheme", paramLabel = "NAME", description = "The tag scheme (created if missing; default: Tags)")
    private String schemeName = DEFAULT_SCHEME;

    @Option(names = "--colour", paramLabel = "#RRGGBB", description = "The tag's colour")
    private String colour;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws CaseFileException {
        Tagging tagging = new Tagging(workspace);
        TagScheme scheme = tagging.schemeNamed(schemeName);
        Tag tag = tagging.addPath(scheme, path, colour);
        context.out().println(tag.getId());
        return 0;
    }
}
