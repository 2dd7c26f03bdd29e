package dossier.casefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;

import dossier.casefile.internal.WorkspaceServices;
import dossier.model.ModelResources;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Source;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.Note;
import dossier.model.casefile.WorkspaceModel;
import dossier.store.Capture;
import dossier.store.CaptureStore;
import dossier.store.OpenReport;
import dossier.store.PutResult;

/**
 * A strategist's workspace: the capture store (items, immutable) and the EMF model (case files,
 * clips, notes, tags, cross-references) with one editing domain, so every change is an undoable
 * command. Layout: {@code store/}, {@code model/workspace.xmi}, {@code model/casefiles/<id>.xmi},
 * {@code quarantine/} for files that could not be read.
 */
public final class ResearchWorkspace implements Closeable {

    public static final String STORE_FOLDER = "store";
    public static final String MODEL_FOLDER = "model";
    public static final String QUARANTINE_FOLDER = "quarantine";
    public static final String INBOX = "Inbox";
    static final String SCHEMA_1_NS_URI = "http://dossier.org/model/casefile/1";
    static final String SCHEMA_1_BACKUP_FOLDER = "backup-schema-1";

    private final Path folder;
    private final CaptureStore store;
    final ResourceSet resources;
    private final ModelFiles files;
    private final EditingDomain domain;
    private final WorkspaceModel model;
    private final List<String> problems = new ArrayList<>();
    private final WorkspaceServices services = new WorkspaceServices(this);
    final TrainerMaterial trainerMaterial;
    private final ItemChangeTracker itemChanges;
    private final ItemMembership membership = new ItemMembership();
    private final Intake intake = new Intake(this);
    private final CaseFiles caseFileRoom;
    final Annotations annotations;
    final Links links;
    private final SourceRecords sources;

    private ResearchWorkspace(Path folder, CaptureStore store) throws IOException {
        this.folder = folder;
        this.store = store;
        this.resources = ModelResources.createResourceSet();
        resources.getPackageRegistry().put(SCHEMA_1_NS_URI, resources.getPackageRegistry().get(
                dossier.model.casefile.CasefilePackage.eNS_URI));
        this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new ModelCommandStack(), resources);
        reportStore(store.openReport());
        this.files = new ModelFiles(folder, resources, problems);
        this.model = files.load();
        this.trainerMaterial = TrainerMaterial.of(folder);
        protectTrainerMaterial();
        this.itemChanges = new ItemChangeTracker(this);
        resources.eAdapters().add(itemChanges);
        resources.eAdapters().add(membership);
        domain.getCommandStack().addCommandStackListener(itemChanges);
        this.caseFileRoom = new CaseFiles(this);
        this.annotations = new Annotations(this);
        this.links = new Links(this);
        this.sources = new SourceRecords(this);
    }

    /** In training mode the trainer's files are read-only in the editing domain: EMF's commands refuse to change them. */
    private void protectTrainerMaterial() {
        if (trainerMaterial.isTraining()) {
            Map<Resource, Boolean> readOnly = new HashMap<>();
            for (Resource resource : resources.getResources()) {
                readOnly.put(resource, trainerMaterial.protects(resource));
            }
            ((AdapterFactoryEditingDomain) domain).setResourceToReadOnlyMap(readOnly);
        }
    }

    /** Opens the workspace in {@code folder}, repairing what it can; see {@link #problems()}. */
    public static ResearchWorkspace open(Path folder) throws IOException {
        return open(folder, UnaryOperator.identity());
    }

    /** As {@link #open(Path)}, the workspace seeing its store through {@code storeView} (e.g. to watch its reads). */
    public static ResearchWorkspace open(Path folder, UnaryOperator<CaptureStore> storeView) throws IOException {
        if (HeldWorkspace.of(folder).isPresent()) {
            throw new IOException("workspace " + folder + " is already open in this Dossier");
        }
        CaptureStore store = storeView.apply(CaptureStore.open(folder.resolve(STORE_FOLDER)));
        ResearchWorkspace workspace;
        try {
            workspace = new ResearchWorkspace(folder, store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            workspace.services.start();
            if (workspace.files.hasUnsavedMigration()) {
                workspace.save();
            }
            return workspace;
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    private void reportStore(OpenReport report) {
        for (Path quarantined : report.quarantined()) {
            problems.add("damaged capture file moved aside to " + folder.relativize(quarantined));
        }
        if (!report.lostItems().isEmpty()) {
            problems.add(report.lostItems().size() + " captured items were in damaged files: "
                    + String.join(", ", report.lostItems().subList(0, Math.min(10, report.lostItems().size()))));
        }
    }

    // ---- access

    public Path folder() {
        return folder;
    }

    public CaptureStore store() {
        return store;
    }

    public WorkspaceModel model() {
        return model;
    }

    /** The one editing domain of this workspace: its command stack undoes and redoes every change. */
    public EditingDomain editingDomain() {
        return domain;
    }

    /** What opening found and repaired (damaged files moved aside, migrations), one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The workspace's service of this type, contributed to {@code dossier.casefile.services}: created on first use,
     * closed when the workspace closes.
     */
    public <T> T service(Class<T> type) throws IOException {
        return services.get(type);
    }

    /** The service of this type if it has been created (e.g. to close or flush only what is open). */
    public <T> Optional<T> serviceIfCreated(Class<T> type) {
        return services.ifCreated(type);
    }

    /** True if the object is a training workspace's trainer material, which cannot be changed. */
    public boolean isTrainerMaterial(EObject object) {
        return trainerMaterial.protects(object);
    }

    public List<CaseFile> caseFiles() {
        List<CaseFile> caseFiles = new ArrayList<>();
        for (Resource resource : resources.getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof CaseFile caseFile) {
                    caseFiles.add(caseFile);
                }
            }
        }
        caseFiles.sort((a, b) -> a.getTitle().compareToIgnoreCase(b.getTitle()));
        return caseFiles;
    }

    /** Whether a case file holds an item (without scanning its list of item ids). */
    public boolean holds(CaseFile caseFile, String itemId) {
        return membership.holds(caseFile, itemId);
    }

    /**
     * Builds the index of which case files hold which items now (a job opening the workspace calls it), so that the
     * first change afterwards, on the UI thread, does not hash a million item ids.
     */
    public void indexMembership() {
        readModel(() -> {
            caseFiles().forEach(caseFile -> membership.holds(caseFile, ""));
            return null;
        });
    }

    /** The case files holding an item, in the workspace's order. */
    public List<CaseFile> caseFilesHolding(String itemId) {
        return caseFiles().stream().filter(c -> holds(c, itemId)).toList();
    }

    /** The case file with this id, or else this title (ignoring case). */
    public Optional<CaseFile> caseFile(String idOrTitle) {
        List<CaseFile> all = caseFiles();
        return all.stream().filter(c -> c.getId().equals(idOrTitle)).findFirst()
                .or(() -> all.stream().filter(c -> c.getTitle().equalsIgnoreCase(idOrTitle)).findFirst());
    }

    /** The clip with this id, in whichever case file holds it. */
    public Optional<Clip> clip(String id) {
        return caseFiles().stream().flatMap(c -> c.getClips().stream()).filter(c -> c.getId().equals(id)).findFirst();
    }

    /**
     * Runs {@code reader} over the model on any thread, while no command, undo or redo changes it (the model is not
     * thread-safe; every change runs on one thread, through the command stack). Keep readers short: changes wait.
     */
    public <T> T readModel(Supplier<T> reader) {
        return ((ModelCommandStack) domain.getCommandStack()).read(reader);
    }

    /** What an id names: a case file, a clip or a captured item. */
    public Optional<Target> target(String id) throws IOException {
        Optional<CaseFile> caseFile = caseFiles().stream().filter(c -> c.getId().equals(id)).findFirst();
        if (caseFile.isPresent()) {
            return Optional.of(new Target(Target.Kind.CASE_FILE, id, caseFile.get().getTitle()));
        }
        Optional<Clip> clip = clip(id);
        if (clip.isPresent()) {
            return Optional.of(new Target(Target.Kind.CLIP, id, "\u201c" + clip.get().getExact() + "\u201d"));
        }
        return store.item(id).map(item -> new Target(Target.Kind.ITEM, id, item.title()));
    }

    /** Changes to the model made by calling this workspace's methods. */
    @FunctionalInterface
    public interface Changes<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code changes} (calls of this workspace's methods, on the thread that changes the model) so that Undo and
     * Redo take them back and forth as one command; the command stack's listeners are told once, at the end.
     */
    public <T, E extends Exception> T asOneCommand(String label, Changes<T, E> changes) throws E {
        return ((ModelCommandStack) domain.getCommandStack()).asOne(label, changes);
    }

    // ---- changes, each one command on the command stack

    /** Executes a command on the stack; refused for the trainer's material in training mode. */
    void execute(Command command) {
        if (!command.canExecute()) {
            throw trainerMaterial.isTraining() ? trainerMaterial.refusal(command.getLabel())
                    : new IllegalStateException("cannot " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    /** The one way material comes in: stores captures and files them (see {@link Intake}). */
    public Intake intake() {
        return intake;
    }

    /** Stores a capture and files its item in a case file (the Inbox if none), tagged, through the {@link Intake}. */
    public PutResult importCapture(Capture capture, CaseFile caseFile, List<String> tagPaths) throws IOException {
        return intake.take(List.of(capture), Intake.Filing.into(caseFile, tagPaths)).results().get(0);
    }

    /** Runs changes as {@link #asOneCommand one command}; returns the items the listeners were told about. */
    Set<String> asOneCommandTold(String label, Runnable changes) {
        itemChanges.forget();
        asOneCommand(label, () -> {
            changes.run();
            return null;
        });
        return itemChanges.lastNotified();
    }

    /** Hands the texts a batch stored to the listeners, before they are told the items changed. */
    void textsStored(Map<String, String> texts) {
        for (WorkspaceListener listener : services.listeners()) {
            listener.textsStored(this, texts);
        }
    }

    /** Tells the listeners (the search index) that these items changed in the store or the model. */
    void notifyItemsChanged(Collection<String> itemIds) {
        for (String itemId : itemIds) {
            for (WorkspaceListener listener : services.listeners()) {
                try {
                    listener.itemChanged(this, itemId);
                } catch (IOException | RuntimeException e) {
                    ILog.of(ResearchWorkspace.class).error(listener.getClass().getName() + " failed on item "
                            + itemId + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Removes a part of a case file (a note, a cross-reference) as one command that touches the case file. */
    void removeFromCaseFile(String label, EObject part, EReference feature) {
        CaseFile caseFile = (CaseFile) part.eContainer();
        CompoundCommand command = new CompoundCommand(label);
        command.append(new RemoveCommand(domain, caseFile, feature, part));
        touch(command, caseFile);
        execute(command);
    }

    /** Appends setting the case file's modification time to a command. */
    void touch(CompoundCommand command, CaseFile caseFile) {
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__MODIFIED, new Date()));
    }

    // ---- case files

    public CaseFile createCaseFile(String title) {
        return caseFileRoom.createCaseFile(title);
    }

    /** Gives a case file a new title. */
    public void renameCaseFile(CaseFile caseFile, String title) {
        caseFileRoom.renameCaseFile(caseFile, title);
    }

    /** Sets a case file's description (blank clears it). */
    public void describeCaseFile(CaseFile caseFile, String description) {
        caseFileRoom.describeCaseFile(caseFile, description);
    }

    public void setStatus(CaseFile caseFile, CaseStatus status) {
        caseFileRoom.setStatus(caseFile, status);
    }

    /** Deletes a case file with its clips, notes and links (undoable); its items stay in the store. */
    public void deleteCaseFile(CaseFile caseFile) {
        caseFileRoom.deleteCaseFile(caseFile);
    }

    /** The case file with this title, created if there is none. */
    public CaseFile caseFileNamed(String title) {
        return caseFileRoom.caseFileNamed(title);
    }

    /** Adds items to a case file, tagged, as one command (the {@link Intake} files through this). */
    void fileItems(CaseFile caseFile, Collection<String> itemIds, List<String> tagPaths) {
        caseFileRoom.fileItems(caseFile, itemIds, tagPaths);
    }

    // ---- clips, notes, tags, re-anchoring

    /**
     * Clips the passage {@code quote} of an item into a case file. The quote must occur in the item's
     * text exactly once (ignoring differences of whitespace and typographic quotes).
     */
    public Clip clip(String itemId, String quote, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        return annotations.clip(itemId, quote, caseFile, tagPaths, noteText);
    }

    /** Clips [start, end) of an item's text into a case file, as a reader's selection gives it. */
    public Clip clipAt(String itemId, int start, int end, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        return annotations.clipAt(itemId, start, end, caseFile, tagPaths, noteText);
    }

    /** As {@link #clipAt(String, int, int, CaseFile, List, String)}, with the item's text already read. */
    public Clip clipAt(String itemId, String text, int start, int end, CaseFile caseFile, List<String> tagPaths,
            String noteText) throws CaseFileException {
        return annotations.clipAt(itemId, text, start, end, caseFile, tagPaths, noteText);
    }

    /**
     * Writes a note on a case file, clip or item, kept in {@code caseFile} (or, when null, the case
     * file that holds the target).
     */
    public Note addNote(String targetId, String text, CaseFile caseFile) throws IOException, CaseFileException {
        return annotations.addNote(targetId, text, caseFile);
    }

    /** Gives a note new text; blank text deletes it. */
    public void editNote(Note note, String text) {
        annotations.editNote(note, text);
    }

    public void deleteNote(Note note) {
        annotations.deleteNote(note);
    }

    /** The notes on a case file, clip or item, from every case file, oldest first. */
    public List<Note> notesOn(String targetId) {
        return annotations.notesOn(targetId);
    }

    /** The tags assigned to an item or clip, as paths. */
    public List<String> tagsOf(String targetId) {
        return annotations.tagsOf(targetId);
    }

    /**
     * Re-anchors the clips on an item to its latest captured text: a clip found again is
     * ANCHORED (same place) or REANCHORED (moved or slightly edited); one that cannot be placed is
     * ORPHANED and keeps its quote, never silently moved.
     */
    public ReanchorReport reanchor(String itemId) throws IOException {
        return annotations.reanchor(itemId);
    }

    /** As {@link #reanchor(String)}, with the item's latest text already read. */
    public ReanchorReport reanchor(String itemId, String text) {
        return annotations.reanchor(itemId, text);
    }

    /** Moves a clip to {@code index} in its case file's order of clips. */
    public void moveClip(Clip clip, int index) {
        annotations.moveClip(clip, index);
    }

    // ---- cross-references

    /**
     * Links two clips, items or case files with a typed cross-reference, kept in {@code caseFile}
     * (or, when null, the case file that holds {@code fromId}). An unknown type becomes a user-defined one.
     */
    public CrossReference link(String fromId, String toId, String typeName, CaseFile caseFile)
            throws IOException, CaseFileException {
        return links.link(fromId, toId, typeName, caseFile);
    }

    /**
     * As {@link #link(String, String, String, CaseFile)}, with both ends already resolved by {@link #target(String)}
     * (e.g. in a job): reads nothing from the store, so the workbench runs it on the UI thread. Clips and case files
     * are checked again in the model; items are taken as resolved.
     */
    public CrossReference link(Target from, Target to, String typeName, CaseFile caseFile) throws CaseFileException {
        return links.link(from, to, typeName, caseFile);
    }

    /** The workspace's link types: the built-ins first, then the user's own. */
    public List<LinkType> linkTypes() {
        return links.linkTypes();
    }

    /** Deletes a cross-reference (its link type stays). */
    public void deleteLink(CrossReference reference) {
        links.deleteLink(reference);
    }

    /** The cross-references that start at {@code id}, from every case file. */
    public List<CrossReference> links(String id) {
        return links.links(id);
    }

    /** The cross-references that point at {@code id}, from every case file. */
    public List<CrossReference> backlinks(String id) {
        return links.backlinks(id);
    }

    // ---- sources

    /** Adds a source of a connector to the workspace. */
    public Source addSource(String connectorId, String name, Map<String, String> parameters, String schedule) {
        return sources.addSource(connectorId, name, parameters, schedule);
    }

    /** The source with this id, or else this name (ignoring case). */
    public Optional<Source> source(String idOrName) {
        return sources.source(idOrName);
    }

    public void removeSource(Source source) {
        sources.removeSource(source);
    }

    /** Records how a source's last fetch went. */
    public void recordFetch(Source source, boolean ok, String message, int itemCount) {
        sources.recordFetch(source, ok, message, itemCount);
    }

    // ---- saving

    /** Makes everything durable: the store is flushed, changed model files are replaced atomically. */
    public void save() throws IOException {
        prepareSave().write();
    }

    /**
     * The model files changed since the last save, serialized now (on the thread that changes the
     * model) so that {@link PendingSave#write()} can run on another thread, away from the UI.
     */
    public PendingSave prepareSave() throws IOException {
        List<PendingSave.FileChange> changes = files.serializeChanged();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        return new PendingSave(store, changes, this::notifySaved);
    }

    private void notifySaved() {
        for (WorkspaceListener listener : services.listeners()) {
            try {
                listener.saved(this);
            } catch (IOException | RuntimeException e) {
                ILog.of(ResearchWorkspace.class).error(listener.getClass().getName() + " failed after a save: "
                        + e.getMessage(), e);
            }
        }
    }

    /** True if there are changes that {@link #save()} has not written. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded()
                || files.anyModified();
    }

    /** Closes the workspace's services, then the store; unsaved model changes are dropped (call {@link #save()} first). */
    @Override
    public void close() throws IOException {
        try {
            services.close();
        } finally {
            store.close();
        }
    }
}
