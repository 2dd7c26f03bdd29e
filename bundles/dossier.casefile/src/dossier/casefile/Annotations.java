package dossier.casefile;

import java.io.IOException;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.Anchoring;
import dossier.anchoring.Selectors;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;
import dossier.model.Ids;
import dossier.model.Tags;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Note;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;

/** What a strategist adds to items: clips and their anchoring, notes, tags. */
final class Annotations extends WorkspaceRoom {

    private static final String DEFAULT_TAG_SCHEME = "Tags";

    Annotations(ResearchWorkspace workspace) {
        super(workspace);
    }

    Clip clip(String itemId, String quote, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        TextPositionSelector match = findOnce(itemText(itemId), quote);
        return clipAt(itemId, match.start(), match.end(), caseFile, tagPaths, noteText);
    }

    private String itemText(String itemId) throws IOException, CaseFileException {
        String text = workspace.store().item(itemId).isPresent() ? workspace.store().text(itemId) : null;
        if (text == null) {
            throw new CaseFileException("no item " + itemId + " with text in this workspace");
        }
        return text;
    }

    Clip clipAt(String itemId, int start, int end, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        return clipAt(itemId, itemText(itemId), start, end, caseFile, tagPaths, noteText);
    }

    Clip clipAt(String itemId, String text, int start, int end, CaseFile caseFile, List<String> tagPaths,
            String noteText) throws CaseFileException {
        if (start < 0 || end > text.length() || start >= end || text.substring(start, end).isBlank()) {
            throw new CaseFileException("select some text of the item to clip");
        }
        TextPositionSelector match = new TextPositionSelector(start, end);
        Clip clip = CasefileFactory.eINSTANCE.createClip();
        clip.setId(Ids.newId());
        clip.setItemId(itemId);
        Selectors selectors = Anchoring.describe(text, match.start(), match.end());
        clip.setExact(XmlText.safe(selectors.quote().exact()));
        clip.setPrefix(XmlText.safe(selectors.quote().prefix()));
        clip.setSuffix(XmlText.safe(selectors.quote().suffix()));
        clip.setStart(match.start());
        clip.setEnd(match.end());
        clip.setState(AnchorState.ANCHORED);
        clip.setCreated(new Date());
        CompoundCommand command = new CompoundCommand("clip");
        if (!workspace.holds(caseFile, itemId)) {
            command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__ITEM_IDS, itemId));
        }
        command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__CLIPS, clip));
        appendTags(command, caseFile, List.of(clip.getId()), tagPaths);
        if (noteText != null && !noteText.isBlank()) {
            command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__NOTES, note(clip.getId(), noteText)));
        }
        workspace.touch(command, caseFile);
        workspace.execute(command);
        return clip;
    }

    private static TextPositionSelector findOnce(String text, String quote) throws CaseFileException {
        if (quote == null || quote.isBlank()) {
            throw new CaseFileException("the quote is empty");
        }
        List<TextPositionSelector> found = Anchoring.occurrences(text, quote);
        if (found.isEmpty()) {
            throw new CaseFileException("the quote is not in the item's text (whitespace and typographic quotes"
                    + " are ignored when comparing)");
        }
        if (found.size() > 1) {
            throw new CaseFileException("the quote occurs " + found.size() + " times in the item; quote more words"
                    + " so that it names one passage");
        }
        return found.get(0);
    }

    private static Note note(String targetId, String text) {
        Note note = CasefileFactory.eINSTANCE.createNote();
        note.setId(Ids.newId());
        note.setTargetId(targetId);
        note.setText(XmlText.safe(text));
        Date now = new Date();
        note.setCreated(now);
        note.setModified(now);
        return note;
    }

    Note addNote(String targetId, String text, CaseFile caseFile) throws IOException, CaseFileException {
        if (text == null || text.isBlank()) {
            throw new CaseFileException("the note is empty");
        }
        Target target = workspace.target(targetId).orElseThrow(() -> new CaseFileException("nothing has the id " + targetId));
        CaseFile holder = caseFile != null ? caseFile : workspace.links.holderOf(target);
        Note note = note(targetId, text.strip());
        CompoundCommand command = new CompoundCommand("add note");
        command.append(new AddCommand(domain, holder, Literals.CASE_FILE__NOTES, note));
        workspace.touch(command, holder);
        workspace.execute(command);
        return note;
    }

    void editNote(Note note, String text) {
        if (text == null || text.isBlank()) {
            deleteNote(note);
            return;
        }
        CaseFile caseFile = (CaseFile) note.eContainer();
        CompoundCommand command = new CompoundCommand("edit note");
        command.append(new SetCommand(domain, note, Literals.NOTE__TEXT, XmlText.safe(text.strip())));
        command.append(new SetCommand(domain, note, Literals.NOTE__MODIFIED, new Date()));
        workspace.touch(command, caseFile);
        workspace.execute(command);
    }

    void deleteNote(Note note) {
        workspace.removeFromCaseFile("delete note", note, Literals.CASE_FILE__NOTES);
    }

    List<Note> notesOn(String targetId) {
        return workspace.caseFiles().stream().flatMap(c -> c.getNotes().stream())
                .filter(n -> targetId.equals(n.getTargetId())).sorted((a, b) -> a.getCreated().compareTo(b.getCreated())).toList();
    }

    List<String> tagsOf(String targetId) {
        return workspace.caseFiles().stream().flatMap(c -> c.getTagAssignments().stream())
                .filter(a -> a.getTargetId().equals(targetId) && a.getTag() != null).map(a -> Tags.path(a.getTag()))
                .distinct().toList();
    }

    void appendTags(CompoundCommand command, CaseFile caseFile, Collection<String> targetIds, Collection<String> paths) {
        TagResolver resolver = new TagResolver(command); // one for all targets: a tag it creates is created once
        for (String path : paths) {
            Tag tag = resolver.resolve(path);
            for (String targetId : targetIds) {
                boolean assigned = caseFile.getTagAssignments().stream()
                        .anyMatch(a -> a.getTag() == tag && a.getTargetId().equals(targetId));
                if (!assigned) {
                    TagAssignment assignment = CasefileFactory.eINSTANCE.createTagAssignment();
                    assignment.setId(Ids.newId());
                    assignment.setTag(tag);
                    assignment.setTargetId(targetId);
                    assignment.setCreated(new Date());
                    command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__TAG_ASSIGNMENTS, assignment));
                }
            }
        }
    }

    /**
     * Finds tags by id, else by path, in any codebook; a missing one is created in the default scheme. New tags
     * join the model through the command being built, so undo removes them with the rest.
     */
    private final class TagResolver {
        private final CompoundCommand command;
        private final Map<String, Tag> created = new HashMap<>();
        private TagScheme createdScheme;

        TagResolver(CompoundCommand command) {
            this.command = command;
        }

        Tag resolve(String path) {
            for (TagScheme scheme : model.getTagSchemes()) {
                for (Tag tag : Tags.all(scheme)) {
                    if (tag.getId().equals(path)) {
                        return tag;
                    }
                }
            }
            for (TagScheme scheme : model.getTagSchemes()) {
                Tag found = Tags.find(scheme, path);
                if (found != null) {
                    return found;
                }
            }
            TagScheme scheme = defaultScheme();
            EObject parent = scheme;
            Tag tag = null;
            StringBuilder prefix = new StringBuilder();
            for (String name : Tags.split(path)) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(name);
                List<Tag> level = parent instanceof Tag t ? t.getChildren() : scheme.getTags();
                tag = level.stream().filter(t -> name.equals(t.getName())).findFirst()
                        .orElse(created.get(prefix.toString()));
                if (tag == null) {
                    tag = CasefileFactory.eINSTANCE.createTag();
                    tag.setId(Ids.newId());
                    tag.setName(name);
                    created.put(prefix.toString(), tag);
                    if (isInModel(parent)) {
                        command.append(new AddCommand(domain, parent,
                                parent instanceof TagScheme ? Literals.TAG_SCHEME__TAGS : Literals.TAG__CHILDREN, tag));
                    } else if (parent instanceof Tag parentTag) {
                        parentTag.getChildren().add(tag);
                    } else {
                        scheme.getTags().add(tag);
                    }
                }
                parent = tag;
            }
            return tag;
        }

        private TagScheme defaultScheme() {
            for (TagScheme scheme : model.getTagSchemes()) {
                if (DEFAULT_TAG_SCHEME.equals(scheme.getName())) {
                    return scheme;
                }
            }
            if (createdScheme == null) {
                createdScheme = CasefileFactory.eINSTANCE.createTagScheme();
                createdScheme.setId(Ids.newId());
                createdScheme.setName(DEFAULT_TAG_SCHEME);
                command.append(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__TAG_SCHEMES, createdScheme));
            }
            return createdScheme;
        }

        private boolean isInModel(EObject object) {
            return EcoreUtil.getRootContainer(object) == model;
        }
    }

    ReanchorReport reanchor(String itemId) throws IOException {
        return reanchor(itemId, workspace.store().text(itemId));
    }

    ReanchorReport reanchor(String itemId, String text) {
        int anchored = 0;
        int moved = 0;
        int orphaned = 0;
        CompoundCommand command = new CompoundCommand("re-anchor clips of " + itemId);
        for (CaseFile caseFile : workspace.caseFiles()) {
            for (Clip clip : caseFile.getClips()) {
                if (!clip.getItemId().equals(itemId)) {
                    continue;
                }
                AnchorResult result = Anchoring.anchor(text == null ? "" : text,
                        new TextQuoteSelector(clip.getExact(), clip.getPrefix(), clip.getSuffix()),
                        new TextPositionSelector(clip.getStart(), clip.getEnd()));
                AnchorState state;
                if (result instanceof AnchorResult.Anchored placed) {
                    boolean same = placed.method() == AnchorResult.Method.EXACT_AT_OLD_POSITION;
                    state = same ? AnchorState.ANCHORED : AnchorState.REANCHORED;
                    if (same) {
                        anchored++;
                    } else {
                        moved++;
                    }
                    command.append(new SetCommand(domain, clip, Literals.CLIP__START, placed.start()));
                    command.append(new SetCommand(domain, clip, Literals.CLIP__END, placed.end()));
                } else {
                    state = AnchorState.ORPHANED;
                    orphaned++;
                }
                command.append(new SetCommand(domain, clip, Literals.CLIP__STATE, state));
            }
        }
        if (!command.isEmpty()) {
            workspace.execute(command);
        }
        return new ReanchorReport(anchored, moved, orphaned);
    }

    void moveClip(Clip clip, int index) {
        CaseFile caseFile = (CaseFile) clip.eContainer();
        int target = Math.max(0, Math.min(index, caseFile.getClips().size() - 1));
        if (caseFile.getClips().indexOf(clip) == target) {
            return;
        }
        CompoundCommand command = new CompoundCommand("move clip");
        command.append(new MoveCommand(domain, caseFile, Literals.CASE_FILE__CLIPS, clip, target));
        workspace.touch(command, caseFile);
        workspace.execute(command);
    }
}
