package dossier.boards;

import java.io.IOException;
import java.util.List;

import dossier.index.QuerySyntaxException;

/**
 * A kind of board panel (contributed to {@code dossier.boards.panels}): computes a panel's figures from the search
 * index. Called off the UI thread.
 */
public interface PanelKind {

    PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException;

    /**
     * The queries whose items the panel shows: an index change that brings none of their items (and changes or
     * removes none) leaves the panel as it is (see {@link IndexMark}); "" is every item.
     */
    List<String> queries(PanelInput input);

    /** Whether the panel also shows the workspace model (tags, sources' fetches): computed again when it changes. */
    default boolean readsModel() {
        return false;
    }
}
