package dossier.annotations.clips.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;

import dossier.casefile.ui.annotations.AnnotationTable;
import dossier.casefile.ui.annotations.AnnotationView;
import dossier.casefile.ui.annotations.ReaderItem;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Note;

/** Every clip on the item in the reader, with its case file, state, tags and notes; a click reveals it. */
public final class ClipsAnnotationView implements AnnotationView {

    static final String NO_ITEM = "Open an item from the Library: its clips and notes show here.";
    static final String NO_CLIPS = "No clips on this item yet. Select a passage in the reader and press Ctrl+Shift+C.";

    private AnnotationTable<Clip> table;
    private ReaderItem item;

    @Override
    public void createControl(Composite parent) {
        table = new AnnotationTable<>(parent, Clip.class, clip -> {
            if (item != null) {
                item.reveal().accept(clip.getStart());
            }
        }).column("Passage", 200, clip -> "\u201c" + flat(clip.getExact()) + "\u201d")
                .column("Case file", 100, clip -> clip.eContainer() instanceof CaseFile c ? c.getTitle() : "")
                .column("State", 80, clip -> clip.getState().getLiteral().toLowerCase())
                .column("Tags and notes", 220, this::tagsAndNotes);
        show(null);
    }

    private String tagsAndNotes(Clip clip) {
        List<String> tags = item.workspace().tagsOf(clip.getId());
        String notes = clip.eContainer() instanceof CaseFile c ? c.getNotes().stream()
                .filter(n -> n.getTargetId().equals(clip.getId())).map(Note::getText).collect(Collectors.joining("; "))
                : "";
        String tagText = tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return (tagText + (notes.isEmpty() ? "" : (tagText.isEmpty() ? "" : "  ") + notes)).strip();
    }

    private static String flat(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "\u2026";
    }

    @Override
    public void show(ReaderItem shown) {
        item = shown;
        table.show(shown == null ? List.of() : shown.clips(), shown == null ? NO_ITEM : NO_CLIPS);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
