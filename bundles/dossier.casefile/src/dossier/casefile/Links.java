package dossier.casefile;

import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dossier.model.Ids;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.WorkspaceModel;

/** The cross-references between clips, items and case files, and their link types. */
final class Links {

    private final ResearchWorkspace workspace;
    private final EditingDomain domain;
    private final WorkspaceModel model;

    Links(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.domain = workspace.editingDomain();
        this.model = workspace.model();
    }

    CrossReference link(String fromId, String toId, String typeName, CaseFile caseFile)
            throws IOException, CaseFileException {
        Target from = workspace.target(fromId).orElseThrow(() -> new CaseFileException("nothing has the id " + fromId));
        Target to = workspace.target(toId).orElseThrow(() -> new CaseFileException("nothing has the id " + toId));
        return link(from, to, typeName, caseFile);
    }

    CrossReference link(Target from, Target to, String typeName, CaseFile caseFile) throws CaseFileException {
        requireInModel(from);
        requireInModel(to);
        String fromId = from.id();
        String toId = to.id();
        CaseFile holder = caseFile != null ? caseFile : holderOf(from);
        CompoundCommand command = new CompoundCommand("link");
        LinkType type = linkType(typeName);
        if (type.eContainer() == null) {
            command.append(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__LINK_TYPES, type));
        }
        CrossReference reference = CasefileFactory.eINSTANCE.createCrossReference();
        reference.setId(Ids.newId());
        reference.setFromId(fromId);
        reference.setToId(toId);
        reference.setType(type);
        reference.setCreated(new Date());
        command.append(new AddCommand(domain, holder, Literals.CASE_FILE__CROSS_REFERENCES, reference));
        workspace.touch(command, holder);
        workspace.execute(command);
        return reference;
    }

    private void requireInModel(Target target) throws CaseFileException {
        boolean present = switch (target.kind()) {
        case CASE_FILE -> workspace.caseFiles().stream().anyMatch(c -> c.getId().equals(target.id()));
        case CLIP -> workspace.clip(target.id()).isPresent();
        case ITEM -> true;
        };
        if (!present) {
            throw new CaseFileException("nothing has the id " + target.id());
        }
    }

    CaseFile holderOf(Target from) throws CaseFileException {
        switch (from.kind()) {
        case CASE_FILE:
            return workspace.caseFile(from.id()).orElseThrow();
        case CLIP:
            return (CaseFile) workspace.clip(from.id()).orElseThrow().eContainer();
        default:
            List<CaseFile> holders = workspace.caseFilesHolding(from.id());
            if (holders.size() != 1) {
                throw new CaseFileException("item " + from.id() + " is in " + holders.size()
                        + " case files: say which one keeps it with --case");
            }
            return holders.get(0);
        }
    }

    /** The link type with this id or name; a new user-defined one (not yet added) if none. */
    private LinkType linkType(String name) {
        String wanted = name.trim();
        for (LinkType type : model.getLinkTypes()) {
            if (type.getId().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(type.getName())) {
                return type;
            }
        }
        LinkType type = CasefileFactory.eINSTANCE.createLinkType();
        type.setId(wanted.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
        type.setName(wanted);
        type.setBuiltIn(false);
        return type;
    }

    List<LinkType> linkTypes() {
        return List.copyOf(model.getLinkTypes());
    }

    void deleteLink(CrossReference reference) {
        workspace.removeFromCaseFile("delete link", reference, Literals.CASE_FILE__CROSS_REFERENCES);
    }

    List<CrossReference> links(String id) {
        return workspace.caseFiles().stream().flatMap(c -> c.getCrossReferences().stream())
                .filter(r -> r.getFromId().equals(id)).toList();
    }

    List<CrossReference> backlinks(String id) {
        return workspace.caseFiles().stream().flatMap(c -> c.getCrossReferences().stream())
                .filter(r -> r.getToId().equals(id)).toList();
    }
}
