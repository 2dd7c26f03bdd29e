package dossier.casefile.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.cli.WorkspaceCommand;
import dossier.cli.CommandContext;
import dossier.cli.JsonOption;
import dossier.model.casefile.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(description = "List the workspace's case files with their status and counts of items and clips.")
public final class CaseListCommand extends WorkspaceCommand {

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) {
        List<CaseFile> caseFiles = workspace.caseFiles();
        if (json.isSet()) {
            context.printJson(caseFiles.stream().map(CaseListCommand::summary).toList());
            return 0;
        }
        if (caseFiles.isEmpty()) {
            context.out().println("no case files yet: 'dossier import FILE --case NAME' starts one");
            return 0;
        }
        for (CaseFile caseFile : caseFiles) {
            context.out().printf("%s  %-8s %5d items %5d clips  %s%n", caseFile.getId(),
                    Labels.of(caseFile.getStatus()), caseFile.getItemIds().size(), caseFile.getClips().size(),
                    caseFile.getTitle());
        }
        return 0;
    }

    static Map<String, Object> summary(CaseFile caseFile) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", caseFile.getId());
        map.put("title", caseFile.getTitle());
        map.put("status", Labels.of(caseFile.getStatus()));
        map.put("created", Labels.iso(caseFile.getCreated()));
        map.put("modified", Labels.iso(caseFile.getModified()));
        map.put("items", caseFile.getItemIds().size());
        map.put("clips", caseFile.getClips().size());
        return map;
    }
}
