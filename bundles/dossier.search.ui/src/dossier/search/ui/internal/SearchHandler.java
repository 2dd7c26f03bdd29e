package dossier.search.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.search.ui.SearchUI;

/** Opens the Search view with the focus in its query field; a {@code query} parameter is run at once. */
public final class SearchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            SearchView view = (SearchView) page.showView(SearchUI.SEARCH_VIEW);
            String query = event.getParameter(SearchUI.QUERY_PARAMETER);
            if (query != null && !query.isBlank()) {
                view.search(query);
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Search view", e);
        }
        return null;
    }
}
