package dossier.boards;

import java.io.IOException;

import dossier.index.QuerySyntaxException;

/**
 * A kind of board panel (contributed to {@code dossier.boards.panels}): computes a panel's figures from the search
 * index. Called off the UI thread.
 */
public interface PanelKind {

    PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException;
}
