package dossier.casefile.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = "List notes: those on one case file, clip or item, or every note kept in a case file.")
public final class NoteListCommand extends WorkspaceCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET-ID", description = "Only the notes about this id")
    private String targetId;

    @Option(names = "--case", paramLabel = "NAME", description = "Only the notes kept in this case file")
    private String caseName;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (targetId == null && caseName == null) {
            throw new CommandFailure("name a TARGET-ID or a case file with --case");
        }
        if (targetId != null && workspace.target(targetId).isEmpty()) {
            throw new CommandFailure("nothing has the id " + targetId);
        }
        List<Note> notes;
        if (caseName != null) {
            notes = caseFileOption(workspace, caseName).getNotes().stream()
                    .filter(n -> targetId == null || targetId.equals(n.getTargetId())).toList();
        } else {
            notes = workspace.notesOn(targetId);
        }
        if (json.isSet()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Note note : notes) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", note.getId());
                map.put("targetId", note.getTargetId());
                map.put("caseFile", ((CaseFile) note.eContainer()).getTitle());
                map.put("text", note.getText());
                map.put("created", Labels.iso(note.getCreated()));
                map.put("modified", Labels.iso(note.getModified()));
                list.add(map);
            }
            context.printJson(list);
        } else if (notes.isEmpty()) {
            context.out().println("no notes");
        } else {
            for (Note note : notes) {
                context.out().println(note.getId() + "  on " + note.getTargetId() + ": " + note.getText());
            }
        }
        return 0;
    }
}
