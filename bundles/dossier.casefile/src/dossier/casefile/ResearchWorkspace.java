package dossier.casefile;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;

import dossier.anchoring.AnchorResult;
import dossier.anchoring.Anchoring;
import dossier.anchoring.Selectors;
import dossier.anchoring.TextPositionSelector;
import dossier.anchoring.TextQuoteSelector;
import dossier.casefile.internal.WorkspaceServices;
import dossier.model.Ids;
import dossier.model.LinkTypes;
import dossier.model.ModelResources;
import dossier.model.Tags;
import dossier.model.casefile.AnchorState;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CaseStatus;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.FetchResult;
import dossier.model.casefile.Source;
import dossier.model.casefile.CrossReference;
import dossier.model.casefile.LinkType;
import dossier.model.casefile.Note;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;
import dossier.model.casefile.TagScheme;
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
    private static final String DEFAULT_TAG_SCHEME = "Tags";

    private final Path folder;
    private final CaptureStore store;
    private final ResourceSet resources;
    private final EditingDomain domain;
    private final WorkspaceModel model;
    private final List<String> problems = new ArrayList<>();
    private final WorkspaceServices services = new WorkspaceServices(this);
    private final TrainerMaterial trainerMaterial;
    private final ItemChangeTracker itemChanges;
    private final ItemMembership membership = new ItemMembership();
    private final Intake intake = new Intake(this);

    private ResearchWorkspace(Path folder, CaptureStore store) throws IOException {
        this.folder = folder;
        this.store = store;
        this.resources = ModelResources.createResourceSet();
        resources.getPackageRegistry().put(SCHEMA_1_NS_URI, resources.getPackageRegistry().get(
                dossier.model.casefile.CasefilePackage.eNS_URI));
        this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new ModelCommandStack(), resources);
        reportStore(store.openReport());
        Path modelFolder = Files.createDirectories(folder.resolve(MODEL_FOLDER));
        Files.createDirectories(modelFolder.resolve(ModelResources.CASEFILES_FOLDER));
        this.model = loadWorkspaceModel(modelFolder.resolve(ModelResources.WORKSPACE_FILE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(
                modelFolder.resolve(ModelResources.CASEFILES_FOLDER), "*." + ModelResources.EXTENSION)) {
            for (Path file : sorted(files)) {
                loadCaseFile(file);
            }
        }
        this.trainerMaterial = TrainerMaterial.of(folder);
        protectTrainerMaterial();
        this.itemChanges = new ItemChangeTracker(this);
        resources.eAdapters().add(itemChanges);
        resources.eAdapters().add(membership);
        domain.getCommandStack().addCommandStackListener(itemChanges);
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
            if (workspace.hasUnsavedMigration()) {
                workspace.save();
            }
            return workspace;
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    private static List<Path> sorted(DirectoryStream<Path> files) {
        List<Path> list = new ArrayList<>();
        files.forEach(list::add);
        list.sort(null);
        return list;
    }

    // ---- opening, migration, quarantine

    private void reportStore(OpenReport report) {
        for (Path quarantined : report.quarantined()) {
            problems.add("damaged capture file moved aside to " + folder.relativize(quarantined));
        }
        if (!report.lostItems().isEmpty()) {
            problems.add(report.lostItems().size() + " captured items were in damaged files: "
                    + String.join(", ", report.lostItems().subList(0, Math.min(10, report.lostItems().size()))));
        }
    }

    private WorkspaceModel loadWorkspaceModel(Path file) throws IOException {
        if (Files.exists(file)) {
            Resource resource = load(file);
            if (resource != null && resource.getContents().size() == 1
                    && resource.getContents().get(0) instanceof WorkspaceModel loaded) {
                if (loaded.getSchemaVersion() < ModelResources.SCHEMA_VERSION) {
                    loaded.setSchemaVersion(ModelResources.SCHEMA_VERSION);
                    resource.setModified(true);
                }
                LinkTypes.ensureBuiltIns(loaded);
                return loaded;
            }
            if (resource != null) {
                resources.getResources().remove(resource);
                quarantine(file, "it holds no workspace model");
            }
        }
        Resource resource = resources.createResource(URI.createFileURI(file.toString()));
        resource.setTrackingModification(true);
        resource.getContents().add(ModelResources.newWorkspace());
        resource.setModified(true);
        return (WorkspaceModel) resource.getContents().get(0);
    }

    private void loadCaseFile(Path file) throws IOException {
        Resource resource = load(file);
        if (resource == null) {
            return;
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof CaseFile)) {
            resources.getResources().remove(resource);
            quarantine(file, "it holds no case file");
        }
    }

    /** Loads an XMI file, migrating schema 1; a file that cannot be read is quarantined (null). */
    private Resource load(Path file) throws IOException {
        boolean schema1 = Files.readString(file, StandardCharsets.UTF_8).contains(SCHEMA_1_NS_URI);
        URI uri = URI.createFileURI(file.toString());
        try {
            Resource resource = resources.getResource(uri, true);
            resource.setTrackingModification(true);
            if (!resource.getErrors().isEmpty()) {
                throw new IOException(resource.getErrors().get(0).getMessage());
            }
            if (schema1) {
                Path backup = folder.resolve(MODEL_FOLDER).resolve(SCHEMA_1_BACKUP_FOLDER)
                        .resolve(folder.resolve(MODEL_FOLDER).relativize(file));
                Files.createDirectories(backup.getParent());
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
                resource.setModified(true);
                problems.add("migrated " + folder.relativize(file) + " from schema 1 to "
                        + ModelResources.SCHEMA_VERSION + " (the old file is kept in " + folder.relativize(backup) + ")");
            }
            return resource;
        } catch (RuntimeException | IOException e) {
            Resource broken = resources.getResource(uri, false);
            if (broken != null) {
                resources.getResources().remove(broken);
            }
            quarantine(file, describe(e));
            return null;
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private void quarantine(Path file, String reason) throws IOException {
        Path target = Files.createDirectories(folder.resolve(QUARANTINE_FOLDER))
                .resolve(file.getFileName() + "." + Instant.now().toEpochMilli());
        Files.move(file, target);
        problems.add("could not read " + folder.relativize(file) + " (" + reason + "); moved it to "
                + folder.relativize(target) + " untouched");
    }

    private boolean hasUnsavedMigration() {
        return problems.stream().anyMatch(p -> p.startsWith("migrated "));
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

    /** The case file with this id, or else this title (ignoring case). */
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

    private void execute(Command command) {
        if (!command.canExecute()) {
            throw trainerMaterial.isTraining() ? trainerMaterial.refusal(command.getLabel())
                    : new IllegalStateException("cannot " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    public CaseFile createCaseFile(String title) {
        if (caseFile(title).isPresent()) {
            throw new IllegalArgumentException("a case file named '" + title + "' exists");
        }
        CaseFile caseFile = CasefileFactory.eINSTANCE.createCaseFile();
        caseFile.setId(Ids.newId());
        caseFile.setTitle(title);
        caseFile.setStatus(CaseStatus.ACTIVE);
        Date now = new Date();
        caseFile.setCreated(now);
        caseFile.setModified(now);
        Path file = folder.resolve(MODEL_FOLDER).resolve(ModelResources.CASEFILES_FOLDER)
                .resolve(caseFile.getId() + "." + ModelResources.EXTENSION);
        Resource resource = ((ModelCommandStack) domain.getCommandStack())
                .changing(() -> resources.createResource(URI.createFileURI(file.toString())));
        resource.setTrackingModification(true);
        execute(new AddCommand(domain, resource.getContents(), caseFile));
        return caseFile;
    }

    /** Gives a case file a new title. */
    public void renameCaseFile(CaseFile caseFile, String title) {
        String wanted = title.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("a case file needs a title");
        }
        if (caseFile(wanted).filter(other -> other != caseFile).isPresent()) {
            throw new IllegalArgumentException("a case file named '" + wanted + "' exists");
        }
        CompoundCommand command = new CompoundCommand("rename case file");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__TITLE, wanted));
        touch(command, caseFile);
        execute(command);
    }

    /** Sets a case file's description (blank clears it). */
    public void describeCaseFile(CaseFile caseFile, String description) {
        String wanted = description == null || description.isBlank() ? null : XmlText.safe(description.strip());
        CompoundCommand command = new CompoundCommand("describe case file");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__DESCRIPTION, wanted));
        touch(command, caseFile);
        execute(command);
    }

    public void setStatus(CaseFile caseFile, CaseStatus status) {
        CompoundCommand command = new CompoundCommand("set case file status");
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__STATUS, status));
        touch(command, caseFile);
        execute(command);
    }

    /** Moves a clip to {@code index} in its case file's order of clips. */
    public void moveClip(Clip clip, int index) {
        CaseFile caseFile = (CaseFile) clip.eContainer();
        int target = Math.max(0, Math.min(index, caseFile.getClips().size() - 1));
        if (caseFile.getClips().indexOf(clip) == target) {
            return;
        }
        CompoundCommand command = new CompoundCommand("move clip");
        command.append(new MoveCommand(domain, caseFile, Literals.CASE_FILE__CLIPS, clip, target));
        touch(command, caseFile);
        execute(command);
    }

    /** Deletes a case file with its clips, notes and links (undoable); its items stay in the store. */
    public void deleteCaseFile(CaseFile caseFile) {
        if (trainerMaterial.protects(caseFile)) {
            throw trainerMaterial.refusal("delete case file '" + caseFile.getTitle() + "'");
        }
        Resource resource = caseFile.eResource();
        execute(new RemoveCommand(domain, resource.getContents(), caseFile));
    }

    /** The case file with this title, created if there is none. */
    public CaseFile caseFileNamed(String title) {
        return caseFile(title).orElseGet(() -> createCaseFile(title));
    }

    /** The one way material comes in: stores captures and files them (see {@link Intake}). */
    public Intake intake() {
        return intake;
    }

    /** Stores a capture and files its item in a case file (the Inbox if none), tagged, through the {@link Intake}. */
    public PutResult importCapture(Capture capture, CaseFile caseFile, List<String> tagPaths) throws IOException {
        return intake.take(List.of(capture), Intake.Filing.into(caseFile, tagPaths)).results().get(0);
    }

    /** Adds items to a case file, tagged, as one command (the {@link Intake} files through this). */
    void fileItems(CaseFile caseFile, Collection<String> itemIds, List<String> tagPaths) {
        CompoundCommand command = new CompoundCommand("file items");
        for (String itemId : itemIds) {
            if (!holds(caseFile, itemId)) {
                command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__ITEM_IDS, itemId));
            }
            appendTags(command, caseFile, itemId, tagPaths);
        }
        if (!command.isEmpty()) {
            touch(command, caseFile);
            execute(command);
        }
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

    /** Adds a source of a connector to the workspace. */
    public Source addSource(String connectorId, String name, Map<String, String> parameters, String schedule) {
        if (source(name).isPresent()) {
            throw new IllegalArgumentException("a source named '" + name + "' exists");
        }
        Source source = CasefileFactory.eINSTANCE.createSource();
        source.setId(Ids.newId());
        source.setConnectorId(connectorId);
        source.setName(name);
        source.getParameters().putAll(parameters);
        source.setSchedule(schedule);
        execute(new AddCommand(domain, model, Literals.WORKSPACE_MODEL__SOURCES, source));
        return source;
    }

    /** The source with this id, or else this name (ignoring case). */
    public Optional<Source> source(String idOrName) {
        return model.getSources().stream().filter(s -> s.getId().equals(idOrName)).findFirst()
                .or(() -> model.getSources().stream().filter(s -> s.getName().equalsIgnoreCase(idOrName)).findFirst());
    }

    public void removeSource(Source source) {
        execute(new RemoveCommand(domain, model, Literals.WORKSPACE_MODEL__SOURCES, source));
    }

    /** Records how a source's last fetch went. */
    public void recordFetch(Source source, boolean ok, String message, int itemCount) {
        FetchResult result = CasefileFactory.eINSTANCE.createFetchResult();
        result.setTime(new Date());
        result.setOk(ok);
        result.setMessage(XmlText.safe(message));
        result.setItemCount(itemCount);
        execute(new SetCommand(domain, source, Literals.SOURCE__LAST_FETCH, result));
    }

    /**
     * Clips the passage {@code quote} of an item into a case file. The quote must occur in the item's
     * text exactly once (ignoring differences of whitespace and typographic quotes).
     */
    public Clip clip(String itemId, String quote, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        TextPositionSelector match = findOnce(itemText(itemId), quote);
        return clipAt(itemId, match.start(), match.end(), caseFile, tagPaths, noteText);
    }

    private String itemText(String itemId) throws IOException, CaseFileException {
        String text = store.item(itemId).isPresent() ? store.text(itemId) : null;
        if (text == null) {
            throw new CaseFileException("no item " + itemId + " with text in this workspace");
        }
        return text;
    }

    /** Clips [start, end) of an item's text into a case file, as a reader's selection gives it. */
    public Clip clipAt(String itemId, int start, int end, CaseFile caseFile, List<String> tagPaths, String noteText)
            throws IOException, CaseFileException {
        return clipAt(itemId, itemText(itemId), start, end, caseFile, tagPaths, noteText);
    }

    /** As {@link #clipAt(String, int, int, CaseFile, List, String)}, with the item's text already read. */
    public Clip clipAt(String itemId, String text, int start, int end, CaseFile caseFile, List<String> tagPaths,
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
        if (!holds(caseFile, itemId)) {
            command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__ITEM_IDS, itemId));
        }
        command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__CLIPS, clip));
        appendTags(command, caseFile, clip.getId(), tagPaths);
        if (noteText != null && !noteText.isBlank()) {
            command.append(new AddCommand(domain, caseFile, Literals.CASE_FILE__NOTES, note(clip.getId(), noteText)));
        }
        touch(command, caseFile);
        execute(command);
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

    /**
     * Writes a note on a case file, clip or item, kept in {@code caseFile} (or, when null, the case
     * file that holds the target).
     */
    public Note addNote(String targetId, String text, CaseFile caseFile) throws IOException, CaseFileException {
        if (text == null || text.isBlank()) {
            throw new CaseFileException("the note is empty");
        }
        Target target = target(targetId).orElseThrow(() -> new CaseFileException("nothing has the id " + targetId));
        CaseFile holder = caseFile != null ? caseFile : holderOf(target);
        Note note = note(targetId, text.strip());
        CompoundCommand command = new CompoundCommand("add note");
        command.append(new AddCommand(domain, holder, Literals.CASE_FILE__NOTES, note));
        touch(command, holder);
        execute(command);
        return note;
    }

    /** Gives a note new text; blank text deletes it. */
    public void editNote(Note note, String text) {
        if (text == null || text.isBlank()) {
            deleteNote(note);
            return;
        }
        CaseFile caseFile = (CaseFile) note.eContainer();
        CompoundCommand command = new CompoundCommand("edit note");
        command.append(new SetCommand(domain, note, Literals.NOTE__TEXT, XmlText.safe(text.strip())));
        command.append(new SetCommand(domain, note, Literals.NOTE__MODIFIED, new Date()));
        touch(command, caseFile);
        execute(command);
    }

    public void deleteNote(Note note) {
        CaseFile caseFile = (CaseFile) note.eContainer();
        CompoundCommand command = new CompoundCommand("delete note");
        command.append(new RemoveCommand(domain, caseFile, Literals.CASE_FILE__NOTES, note));
        touch(command, caseFile);
        execute(command);
    }

    /** The notes on a case file, clip or item, from every case file, oldest first. */
    public List<Note> notesOn(String targetId) {
        return caseFiles().stream().flatMap(c -> c.getNotes().stream()).filter(n -> targetId.equals(n.getTargetId()))
                .sorted((a, b) -> a.getCreated().compareTo(b.getCreated())).toList();
    }

    /**
     * Links two clips, items or case files with a typed cross-reference, kept in {@code caseFile}
     * (or, when null, the case file that holds {@code fromId}). An unknown type becomes a user-defined one.
     */
    public CrossReference link(String fromId, String toId, String typeName, CaseFile caseFile)
            throws IOException, CaseFileException {
        Target from = target(fromId).orElseThrow(() -> new CaseFileException("nothing has the id " + fromId));
        Target to = target(toId).orElseThrow(() -> new CaseFileException("nothing has the id " + toId));
        return link(from, to, typeName, caseFile);
    }

    /**
     * As {@link #link(String, String, String, CaseFile)}, with both ends already resolved by {@link #target(String)}
     * (e.g. in a job): reads nothing from the store, so the workbench runs it on the UI thread. Clips and case files
     * are checked again in the model; items are taken as resolved.
     */
    public CrossReference link(Target from, Target to, String typeName, CaseFile caseFile) throws CaseFileException {
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
        touch(command, holder);
        execute(command);
        return reference;
    }

    private void requireInModel(Target target) throws CaseFileException {
        boolean present = switch (target.kind()) {
        case CASE_FILE -> caseFiles().stream().anyMatch(c -> c.getId().equals(target.id()));
        case CLIP -> clip(target.id()).isPresent();
        case ITEM -> true;
        };
        if (!present) {
            throw new CaseFileException("nothing has the id " + target.id());
        }
    }

    private CaseFile holderOf(Target from) throws CaseFileException {
        switch (from.kind()) {
        case CASE_FILE:
            return caseFile(from.id()).orElseThrow();
        case CLIP:
            return (CaseFile) clip(from.id()).orElseThrow().eContainer();
        default:
            List<CaseFile> holders = caseFilesHolding(from.id());
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

    /** The workspace's link types: the built-ins first, then the user's own. */
    public List<LinkType> linkTypes() {
        return List.copyOf(model.getLinkTypes());
    }

    /** Deletes a cross-reference (its link type stays). */
    public void deleteLink(CrossReference reference) {
        CaseFile caseFile = (CaseFile) reference.eContainer();
        CompoundCommand command = new CompoundCommand("delete link");
        command.append(new RemoveCommand(domain, caseFile, Literals.CASE_FILE__CROSS_REFERENCES, reference));
        touch(command, caseFile);
        execute(command);
    }

    /** The cross-references that start at {@code id}, from every case file. */
    public List<CrossReference> links(String id) {
        return caseFiles().stream().flatMap(c -> c.getCrossReferences().stream())
                .filter(r -> r.getFromId().equals(id)).toList();
    }

    /** The cross-references that point at {@code id}, from every case file. */
    public List<CrossReference> backlinks(String id) {
        return caseFiles().stream().flatMap(c -> c.getCrossReferences().stream())
                .filter(r -> r.getToId().equals(id)).toList();
    }

    /** The tags assigned to an item or clip, as paths. */
    public List<String> tagsOf(String targetId) {
        return caseFiles().stream().flatMap(c -> c.getTagAssignments().stream())
                .filter(a -> a.getTargetId().equals(targetId) && a.getTag() != null).map(a -> Tags.path(a.getTag()))
                .distinct().toList();
    }

    private void appendTags(CompoundCommand command, CaseFile caseFile, String targetId, Collection<String> paths) {
        TagResolver resolver = new TagResolver(command);
        for (String path : paths) {
            Tag tag = resolver.resolve(path);
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

    /**
     * Finds tags by path in any codebook; a missing one is created in the default scheme. New tags
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

    private void touch(CompoundCommand command, CaseFile caseFile) {
        command.append(new SetCommand(domain, caseFile, Literals.CASE_FILE__MODIFIED, new Date()));
    }

    /**
     * Re-anchors the clips on an item to its latest captured text: a clip found again is
     * ANCHORED (same place) or REANCHORED (moved or slightly edited); one that cannot be placed is
     * ORPHANED and keeps its quote, never silently moved.
     */
    public ReanchorReport reanchor(String itemId) throws IOException {
        return reanchor(itemId, store.text(itemId));
    }

    /** As {@link #reanchor(String)}, with the item's latest text already read. */
    public ReanchorReport reanchor(String itemId, String text) {
        int anchored = 0;
        int moved = 0;
        int orphaned = 0;
        CompoundCommand command = new CompoundCommand("re-anchor clips of " + itemId);
        for (CaseFile caseFile : caseFiles()) {
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
            execute(command);
        }
        return new ReanchorReport(anchored, moved, orphaned);
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
        List<PendingSave.FileChange> changes = new ArrayList<>();
        for (Resource resource : List.copyOf(resources.getResources())) {
            if (!resource.isModified() || !resource.getURI().isFile()) {
                continue;
            }
            Path file = Path.of(resource.getURI().toFileString());
            byte[] bytes = null;
            if (!resource.getContents().isEmpty()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                resource.save(out, ModelResources.saveOptions());
                bytes = out.toByteArray();
            }
            changes.add(new PendingSave.FileChange(file, bytes, () -> resource.setModified(true)));
            resource.setModified(false);
        }
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
                || resources.getResources().stream().anyMatch(Resource::isModified);
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
