package dossier.boards.internal;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import dossier.boards.PanelFigures;
import dossier.boards.PanelFigures.Count;
import dossier.boards.PanelFigures.Row;
import dossier.boards.PanelFigures.Table;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.casefile.TagSpaces;
import dossier.index.IndexSchema;
import dossier.index.QuerySyntaxException;
import dossier.model.Tags;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagScheme;

/**
 * A tag's in-tray, as the Tags view counts it ({@link TagSpaces}): how many items and clips carrying the tag (or one
 * below it) are open, how many of those are new since the user last looked, how many are done; and the newest open
 * entries, their titles read from the index.
 */
public final class InTrayPanel implements PanelKind {

    private static final int TITLE_LENGTH = 80;

    /** The in-tray changes with the model (tagging, marking done, looking); the index gives titles only. */
    @Override
    public List<String> queries(PanelInput input) {
        return List.of();
    }

    @Override
    public boolean readsModel() {
        return true;
    }

    @Override
    public PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException {
        String path = input.parameter("tag", null);
        if (path == null) {
            throw new IllegalArgumentException("an in-tray panel needs its tag: tag=PATH, e.g. tag=Tone/Negative");
        }
        int limit = Integer.parseInt(input.parameter("limit", "10"));
        record Found(String tagId, TagSpaces spaces) {
        }
        Found found = input.workspace().readModel(() -> {
            for (TagScheme scheme : input.workspace().model().getTagSchemes()) {
                Tag tag = Tags.find(scheme, path);
                if (tag != null) {
                    return new Found(tag.getId(), TagSpaces.of(input.workspace()));
                }
            }
            return null;
        });
        if (found == null) {
            throw new IllegalArgumentException("no tag '" + path + "'");
        }
        TagSpaces.InTray tray = found.spaces().inTray(found.tagId());
        List<TagSpaces.Entry> shown = tray.open().subList(0, Math.min(limit, tray.open().size()));
        Map<String, String> titles = titles(input, shown.stream().map(TagSpaces.Entry::itemId).toList());
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<Row> rows = new ArrayList<>();
        for (TagSpaces.Entry entry : shown) {
            String title = titles.getOrDefault(entry.itemId(), entry.itemId());
            String shownTitle = entry.kind() == TagSpaces.Kind.ITEM ? title
                    : "\u201c" + entry.quote() + "\u201d \u2014 " + title;
            rows.add(new Row(List.of(shownTitle, day.format(entry.tagged()), entry.isNew() ? "new" : ""),
                    entry.isNew(), "id:" + entry.itemId()));
        }
        List<Count> counts = List.of(new Count("open", tray.open().size()), new Count("new", tray.newCount()),
                new Count("done", tray.doneCount()));
        Table table = new Table(tray.path(), List.of("Item", "Tagged", "New"), rows);
        return new PanelFigures("", List.of(), List.of(), counts, List.of(table), false);
    }

    /** An item's title; a title-less one (a mention) by the start of its text, else its id. */
    private static String shown(String title, String text, String id) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (text == null || text.isBlank()) {
            return id;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "\u2026";
    }

    /** The items' titles (see {@link #shown}), from the index's stored fields. */
    private static Map<String, String> titles(PanelInput input, List<String> itemIds)
            throws IOException, QuerySyntaxException {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        TermInSetQuery ids = new TermInSetQuery(IndexSchema.ID, itemIds.stream().map(BytesRef::new).toList());
        return input.index().read("", (searcher, parsed) -> {
            Map<String, String> titles = new HashMap<>();
            IndexReadings.forEachMatch(searcher, ids, leaf -> {
                StoredFields stored = leaf.reader().storedFields();
                return doc -> {
                    try {
                        var fields = stored.document(doc, Set.of(IndexSchema.ID, IndexSchema.TITLE,
                                IndexSchema.TEXT));
                        titles.put(fields.get(IndexSchema.ID), shown(fields.get(IndexSchema.TITLE),
                                fields.get(IndexSchema.TEXT), fields.get(IndexSchema.ID)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
            });
            return titles;
        });
    }
}
