package dossier.casefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dossier.model.Ids;
import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;
import dossier.model.casefile.TagSpace;
import dossier.model.casefile.WorkspaceModel;

/**
 * Tag schemes, tags and tag spaces of a workspace: every change is one command on the workspace's command stack (so it
 * is undoable), except {@link #markLooked(Tag)}, which records a look, not an edit. Tag changes reach the search index
 * through the workspace's listeners. Read the in-trays through {@link TagSpaces#of(ResearchWorkspace)}.
 */
public final class Tagging {

    private final ResearchWorkspace workspace;
    private final WorkspaceModel model;
    private final EditingDomain domain;

    public Tagging(ResearchWorkspace workspace) {
        this.workspace = workspace;
        this.model = workspace.model();
        this.domain = workspace.editingDomain();
    }

    // ---- finding

    /** The tag scheme with this id or name (ignoring case). */
    public Optional<TagScheme> scheme(String idOrName) {
        return model.getTagSchemes().stream().filter(s -> s.getId().equals(idOrName)).findFirst()
                .or(() -> model.getTagSchemes().stream().filter(s -> idOrName.equalsIgnoreCase(s.getName())).findFirst());
    }

    /** The tag with this id, or else the first with this path (e.g. {@code Tone/Negative}) in any scheme. */
    public Optional<Tag> tag(String idOrPath) {
        for (TagScheme scheme : model.getTagSchemes()) {
            for (Tag tag : Tags.all(scheme)) {
                if (tag.getId().equals(idOrPath)) {
                    return Optional.of(tag);
                }
            }
        }
        return model.getTagSchemes().stream().map(s -> Tags.find(s, idOrPath)).filter(t -> t != null).findFirst();
    }

    /** As {@link #tag(String)}, failing with a message naming the missing tag. */
    public Tag existingTag(String idOrPath) throws CaseFileException {
        return tag(idOrPath).orElseThrow(() -> new CaseFileException("there is no tag " + idOrPath
                + " ('dossier tags list' shows them)"));
    }

    /** The scheme a tag belongs to. */
    public static TagScheme schemeOf(Tag tag) {
        EObject current = tag;
        while (current != null && !(current instanceof TagScheme)) {
            current = current.eContainer();
        }
        return (TagScheme) current;
    }

    // ---- schemes and tags

    public TagScheme createScheme(String name) throws CaseFileException {
        String wanted = name(name, "a tag scheme");
        if (scheme(wanted).isPresent()) {
            throw new CaseFileException("a tag scheme named '" + wanted + "' exists");
        }
        TagScheme scheme = CasefileFactory.eINSTANCE.createTagScheme();
        scheme.setId(Ids.newId());
        scheme.setName(wanted);
        execute(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__TAG_SCHEMES, scheme));
        return scheme;
    }

    /** The tag scheme with this name, created if there is none. */
    public TagScheme schemeNamed(String name) throws CaseFileException {
        TagScheme found = scheme(name.strip()).orElse(null);
        return found != null ? found : createScheme(name);
    }

    public void renameScheme(TagScheme scheme, String name) throws CaseFileException {
        String wanted = name(name, "a tag scheme");
        if (scheme(wanted).filter(other -> other != scheme).isPresent()) {
            throw new CaseFileException("a tag scheme named '" + wanted + "' exists");
        }
        execute(new SetCommand(domain, scheme, Literals.TAG_SCHEME__NAME, wanted));
    }

    /** Deletes a scheme with its tags, their assignments and in-trays. */
    public void deleteScheme(TagScheme scheme) {
        CompoundCommand command = new CompoundCommand("delete tag scheme " + scheme.getName());
        for (Tag tag : List.copyOf(scheme.getTags())) {
            appendForget(command, tag);
        }
        command.append(new RemoveCommand(domain, model, Literals.WORKSPACE_MODEL__TAG_SCHEMES, scheme));
        execute(command);
    }

    /** Adds a tag under {@code parent} (a {@link TagScheme} or a {@link Tag}). */
    public Tag addTag(EObject parent, String name, String colour) throws CaseFileException {
        String wanted = tagName(name);
        if (child(parent, wanted).isPresent()) {
            throw new CaseFileException("'" + label(parent) + "' already has a tag named '" + wanted + "'");
        }
        Tag tag = CasefileFactory.eINSTANCE.createTag();
        tag.setId(Ids.newId());
        tag.setName(wanted);
        tag.setColour(colour(colour));
        execute(new AddCommand(domain, parent, childrenFeature(parent), tag));
        return tag;
    }

    /**
     * The tag at this path in the scheme, created with any missing parents as one command; the colour is set on the
     * last tag if given.
     */
    public Tag addPath(TagScheme scheme, String path, String colour) throws CaseFileException {
        String normalized = colour(colour);
        CompoundCommand command = new CompoundCommand("add tag " + path);
        EObject parent = scheme;
        Tag tag = null;
        for (String name : Tags.split(path)) {
            String wanted = tagName(name);
            Tag existing = child(parent, wanted).orElse(null);
            if (existing == null) {
                existing = CasefileFactory.eINSTANCE.createTag();
                existing.setId(Ids.newId());
                existing.setName(wanted);
                if (parent instanceof Tag pending && pending.eContainer() == null) {
                    pending.getChildren().add(existing);
                } else {
                    command.append(new AddCommand(domain, parent, childrenFeature(parent), existing));
                }
            }
            parent = existing;
            tag = existing;
        }
        if (normalized != null && tag.eResource() == null) {
            tag.setColour(normalized);
        } else if (normalized != null && !normalized.equals(tag.getColour())) {
            command.append(new SetCommand(domain, tag, Literals.TAG__COLOUR, normalized));
        }
        if (!command.isEmpty()) {
            execute(command);
        }
        return tag;
    }

    public void renameTag(Tag tag, String name) throws CaseFileException {
        String wanted = tagName(name);
        if (child(tag.eContainer(), wanted).filter(other -> other != tag).isPresent()) {
            throw new CaseFileException("'" + label(tag.eContainer()) + "' already has a tag named '" + wanted + "'");
        }
        execute(new SetCommand(domain, tag, Literals.TAG__NAME, wanted));
    }

    /** Sets a tag's colour ({@code #rrggbb}; null or blank for none). */
    public void setColour(Tag tag, String colour) throws CaseFileException {
        execute(new SetCommand(domain, tag, Literals.TAG__COLOUR, colour(colour)));
    }

    /** Moves a tag (with the tags below it) under another parent: a scheme or a tag not below it. */
    public void moveTag(Tag tag, EObject newParent, int index) throws CaseFileException {
        if (newParent instanceof Tag target && Tags.selfAndDescendants(tag).contains(target)) {
            throw new CaseFileException("a tag cannot move below itself");
        }
        if (newParent == tag.eContainer()) {
            List<?> siblings = (List<?>) newParent.eGet(childrenFeature(newParent));
            int position = index < 0 ? siblings.size() - 1 : Math.min(index, siblings.size() - 1);
            execute(new MoveCommand(domain, newParent, childrenFeature(newParent), tag, position));
            return;
        }
        if (child(newParent, tag.getName()).isPresent()) {
            throw new CaseFileException("'" + label(newParent) + "' already has a tag named '" + tag.getName() + "'");
        }
        CompoundCommand command = new CompoundCommand("move tag " + tag.getName());
        command.append(new RemoveCommand(domain, tag.eContainer(), childrenFeature(tag.eContainer()), tag));
        List<?> siblings = (List<?>) newParent.eGet(childrenFeature(newParent));
        command.append(index < 0 || index >= siblings.size()
                ? new AddCommand(domain, newParent, childrenFeature(newParent), tag)
                : new AddCommand(domain, newParent, childrenFeature(newParent), tag, index));
        execute(command);
    }

    /** Deletes a tag, the tags below it, their assignments to items and clips, and their in-trays. */
    public void deleteTag(Tag tag) {
        CompoundCommand command = new CompoundCommand("delete tag " + tag.getName());
        appendForget(command, tag);
        command.append(new RemoveCommand(domain, tag.eContainer(), childrenFeature(tag.eContainer()), tag));
        execute(command);
    }

    private void appendForget(CompoundCommand command, Tag tag) {
        Set<Tag> subtree = new LinkedHashSet<>(Tags.selfAndDescendants(tag));
        for (CaseFile caseFile : workspace.caseFiles()) {
            List<TagAssignment> gone = caseFile.getTagAssignments().stream()
                    .filter(a -> subtree.contains(a.getTag())).toList();
            if (!gone.isEmpty()) {
                command.append(new RemoveCommand(domain, caseFile, Literals.CASE_FILE__TAG_ASSIGNMENTS, gone));
            }
        }
        List<TagSpace> spaces = model.getTagSpaces().stream().filter(s -> subtree.contains(s.getTag())).toList();
        if (!spaces.isEmpty()) {
            command.append(new RemoveCommand(domain, model, Literals.WORKSPACE_MODEL__TAG_SPACES, spaces));
        }
    }

    // ---- tagging items and clips

    /**
     * Tags items and clips (by id) with a tag, as one command; returns how many were not tagged with it yet. An
     * item's tag is kept in the first case file holding it (the Inbox, which then files it, if none does), a
     * clip's in its case file.
     */
    public int tag(Tag tag, Collection<String> ids) throws CaseFileException {
        CompoundCommand command = new CompoundCommand("tag with " + tag.getName());
        int added = 0;
        CaseFile inbox = null;
        for (String id : new LinkedHashSet<>(ids)) {
            if (!assignmentsOf(tag, id).isEmpty()) {
                continue;
            }
            CaseFile holder = holder(id);
            if (holder == null) {
                requireItem(id);
                if (inbox == null) {
                    inbox = workspace.caseFileNamed(ResearchWorkspace.INBOX);
                }
                holder = inbox;
                command.append(new AddCommand(domain, holder, Literals.CASE_FILE__ITEM_IDS, id));
            }
            TagAssignment assignment = CasefileFactory.eINSTANCE.createTagAssignment();
            assignment.setId(Ids.newId());
            assignment.setTag(tag);
            assignment.setTargetId(id);
            assignment.setCreated(new Date());
            command.append(new AddCommand(domain, holder, Literals.CASE_FILE__TAG_ASSIGNMENTS, assignment));
            added++;
        }
        if (!command.isEmpty()) {
            execute(command);
        }
        return added;
    }

    /** Takes a tag off items and clips (by id) as one command; returns how many carried it. */
    public int untag(Tag tag, Collection<String> ids) {
        CompoundCommand command = new CompoundCommand("untag " + tag.getName());
        int removed = 0;
        for (String id : new LinkedHashSet<>(ids)) {
            List<TagAssignment> assignments = assignmentsOf(tag, id);
            for (TagAssignment assignment : assignments) {
                command.append(new RemoveCommand(domain, assignment.eContainer(),
                        Literals.CASE_FILE__TAG_ASSIGNMENTS, assignment));
            }
            removed += assignments.isEmpty() ? 0 : 1;
        }
        if (!command.isEmpty()) {
            execute(command);
        }
        return removed;
    }

    private List<TagAssignment> assignmentsOf(Tag tag, String targetId) {
        return workspace.caseFiles().stream().flatMap(c -> c.getTagAssignments().stream())
                .filter(a -> a.getTag() == tag && targetId.equals(a.getTargetId())).toList();
    }

    private CaseFile holder(String id) {
        Optional<Clip> clip = workspace.clip(id);
        if (clip.isPresent()) {
            return (CaseFile) clip.get().eContainer();
        }
        return workspace.caseFilesHolding(id).stream().findFirst().orElse(null);
    }

    private void requireItem(String id) throws CaseFileException {
        try {
            if (workspace.store().item(id).isEmpty()) {
                throw new CaseFileException("there is no item or clip " + id + " in this workspace");
            }
        } catch (IOException e) {
            throw new CaseFileException("cannot read item " + id + ": " + e.getMessage());
        }
    }

    // ---- tag spaces (in-trays)

    /** The in-tray of a tag, or null if nothing was done or looked at in it yet. */
    public TagSpace space(Tag tag) {
        return model.getTagSpaces().stream().filter(s -> s.getTag() == tag).findFirst().orElse(null);
    }

    /** Marks items and clips done in a tag's in-tray, as one command; returns how many were not done yet. */
    public int markDone(Tag tag, Collection<String> ids) {
        TagSpace space = space(tag);
        List<String> fresh = new ArrayList<>(new LinkedHashSet<>(ids));
        if (space != null) {
            fresh.removeAll(space.getDoneIds());
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        if (space == null) {
            TagSpace created = CasefileFactory.eINSTANCE.createTagSpace();
            created.setTag(tag);
            created.getDoneIds().addAll(fresh);
            execute(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__TAG_SPACES, created));
        } else {
            execute(new AddCommand(domain, space, Literals.TAG_SPACE__DONE_IDS, fresh));
        }
        return fresh.size();
    }

    /** Puts items and clips marked done back into a tag's in-tray; returns how many were done. */
    public int markUndone(Tag tag, Collection<String> ids) {
        TagSpace space = space(tag);
        if (space == null) {
            return 0;
        }
        List<String> done = new LinkedHashSet<>(ids).stream().filter(space.getDoneIds()::contains).toList();
        if (!done.isEmpty()) {
            execute(new RemoveCommand(domain, space, Literals.TAG_SPACE__DONE_IDS, done));
        }
        return done.size();
    }

    /**
     * Records that the user looked at a tag's in-tray now: what was tagged before is no longer new. A look is not an
     * edit, so it bypasses the command stack (undo does not bring "new" back); it is saved with the next save.
     */
    public void markLooked(Tag tag) {
        TagSpace space = space(tag);
        if (space == null) {
            space = CasefileFactory.eINSTANCE.createTagSpace();
            space.setTag(tag);
            space.setLastLooked(new Date());
            model.getTagSpaces().add(space);
        } else {
            space.setLastLooked(new Date());
        }
    }

    // ---- helpers

    private void execute(Command command) {
        if (!command.canExecute()) {
            throw new IllegalStateException("cannot " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    private static Optional<Tag> child(EObject parent, String name) {
        List<Tag> level = parent instanceof Tag t ? t.getChildren() : ((TagScheme) parent).getTags();
        return level.stream().filter(t -> name.equals(t.getName())).findFirst();
    }

    private static EReference childrenFeature(EObject parent) {
        return parent instanceof Tag ? Literals.TAG__CHILDREN : Literals.TAG_SCHEME__TAGS;
    }

    private static String label(EObject parent) {
        return parent instanceof Tag t ? Tags.path(t) : ((TagScheme) parent).getName();
    }

    private static String name(String name, String what) throws CaseFileException {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new CaseFileException(what + " needs a name");
        }
        return XmlText.safe(wanted);
    }

    private static String tagName(String name) throws CaseFileException {
        return name(name, "a tag");
    }

    private static String colour(String colour) throws CaseFileException {
        try {
            return Tags.colour(colour);
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(e.getMessage());
        }
    }
}
