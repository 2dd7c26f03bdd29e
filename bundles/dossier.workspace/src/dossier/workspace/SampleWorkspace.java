package dossier.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.edit.command.SetCommand;

import dossier.casefile.CaseFileException;
import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage;
import dossier.store.Capture;
import dossier.store.ItemType;

/**
 * The sample workspace shipped with Dossier, written for it: the "Social sharing playbook" codebook (the four
 * buckets of sharing and the three stages) and an example case file of four made-up posts of a neighbourhood
 * bakery, clipped and tagged. It is built at first use from the text files in the bundle's {@code sample/}
 * folder ({@code social-sharing-playbook.qdc}, {@code example-case.txt}, {@code items/*.txt}).
 */
public final class SampleWorkspace {

    public static final String CODEBOOK_NAME = "Social sharing playbook";
    private static final String FOLDER = "sample/";
    private static final String AUTHOR = "Fern Street Bakery";
    private static final String HANDLE = "fernstreetbakery";

    private SampleWorkspace() {
    }

    /** What the example case file script says: the case file, then items with their clips. */
    private record Script(String title, String description, List<ScriptItem> items) {
    }

    private record ScriptItem(String file, List<ScriptClip> clips) {
    }

    private record ScriptClip(String quote, List<String> tags, StringBuilder note) {
    }

    /** Creates the sample workspace in {@code folder}, which must not hold a workspace yet. */
    public static void create(Path folder, IProgressMonitor monitor) throws IOException, ArchiveException {
        WorkspaceImport.checkTarget(folder.toAbsolutePath().normalize());
        Script script = script(read("example-case.txt"));
        SubMonitor progress = SubMonitor.convert(monitor, "Creating the sample workspace", script.items().size() + 2);
        try (ResearchWorkspace workspace = ResearchWorkspace.open(folder)) {
            try (InputStream codebook = resource("social-sharing-playbook.qdc")) {
                Codebooks.importInto(workspace, codebook, CODEBOOK_NAME).scheme();
            }
            progress.worked(1);
            CaseFile caseFile = workspace.createCaseFile(script.title());
            workspace.editingDomain().getCommandStack().execute(new SetCommand(workspace.editingDomain(), caseFile,
                    CasefilePackage.Literals.CASE_FILE__DESCRIPTION, script.description()));
            int number = 0;
            for (ScriptItem item : script.items()) {
                String content = read(item.file());
                int lineEnd = content.indexOf('\n');
                String title = content.substring(0, lineEnd).strip();
                String text = content.substring(lineEnd + 1).strip();
                number++;
                Capture capture = new Capture(ItemType.MENTION, "https://social.example/@" + HANDLE + "/" + number,
                        null, title, AUTHOR, HANDLE, 1_200L, Instant.parse("2026-03-0" + number + "T08:00:00Z"),
                        Instant.now(), "en", "text/plain", content.getBytes(StandardCharsets.UTF_8), text);
                String id = workspace.importCapture(capture, caseFile, List.of()).id();
                for (ScriptClip clip : item.clips()) {
                    try {
                        workspace.clip(id, clip.quote(), caseFile, clip.tags(), clip.note().toString());
                    } catch (CaseFileException e) {
                        throw new IllegalStateException("the sample's clip '" + clip.quote() + "' of " + item.file()
                                + ": " + e.getMessage(), e);
                    }
                }
                progress.worked(1);
            }
            workspace.save();
            SearchIndex.of(workspace).commit();
            progress.worked(1);
        }
    }

    private static Script script(String text) {
        String title = null;
        String description = "";
        List<ScriptItem> items = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            switch (key) {
            case "case" -> title = value;
            case "description" -> description = value;
            case "item" -> items.add(new ScriptItem(value, new ArrayList<>()));
            case "clip" -> {
                int arrow = value.lastIndexOf("=>");
                List<String> tags = List.of(value.substring(arrow + 2).split(";")).stream().map(String::strip).toList();
                items.get(items.size() - 1).clips().add(new ScriptClip(value.substring(0, arrow).strip(), tags,
                        new StringBuilder()));
            }
            case "note" -> {
                List<ScriptClip> clips = items.get(items.size() - 1).clips();
                clips.get(clips.size() - 1).note().append(value);
            }
            default -> throw new IllegalStateException("example-case.txt: unknown line '" + line + "'");
            }
        }
        return new Script(title, description, items);
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleWorkspace.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("the sample's file " + FOLDER + name + " is missing from the dossier.workspace bundle");
        }
        return in;
    }
}
