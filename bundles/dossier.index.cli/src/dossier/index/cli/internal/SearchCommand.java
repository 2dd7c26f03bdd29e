package dossier.index.cli.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.Ids;
import dossier.model.casefile.CasefileFactory;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.SavedSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(description = { "Search the workspace's items; prints id, date, title and a snippet ([matches] marked).",
        "Query language: words (all must match), \"a phrase\", \"social sharing\"~5 (within 5 words), AND OR NOT - +,"
                + " (grouping), wild*cards, @handle, #hashtag, and fields: title: author: tag: (Parent/Child)"
                + " source: site: lang: type:article|mention|document case: url: published:[2024-01-01 TO 2024-06-30]"
                + " published:>-7d (also -2w, -3m, -1y) captured:.",
        "Near-duplicates (the same story on several sites, re-shares) are grouped under one result." })
public final class SearchCommand extends IndexCommand {

    /** A query Dossier cannot parse is a usage mistake. */
    private static final int EXIT_USAGE = 2;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words may be given unquoted)")
    private List<String> words = new ArrayList<>();

    @Option(names = "--facets", description = "Also print counts by tag, source, site, author, type, language, month")
    private boolean facets;

    @Option(names = "--drill", paramLabel = "DIM=VALUE", description = "Narrow to a facet value, e.g. tag=Theme/Sharing"
            + " or site=example.com; repeatable")
    private List<String> drill = new ArrayList<>();

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "date|relevance",
            description = "Order (default ${DEFAULT-VALUE})")
    private String sort;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Results (default ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--related", paramLabel = "ITEM-ID", description = "Items like this one instead of a query")
    private String related;

    @Option(names = "--save", paramLabel = "NAME", description = "Save the query under this name")
    private String save;

    @Option(names = "--saved", paramLabel = "NAME", description = "Run the saved search of this name; prints how many"
            + " results were captured since it last ran")
    private String saved;

    @Mixin
    private JsonOption json;

    @Override
    int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (!sort.equals("date") && !sort.equals("relevance")) {
            throw new CommandFailure("--sort is date or relevance, not " + sort);
        }
        SearchIndex index = open(context, workspace);
        String query = String.join(" ", words);
        SavedSearch savedSearch = null;
        if (saved != null) {
            savedSearch = workspace.model().getSavedSearches().stream().filter(s -> s.getName().equalsIgnoreCase(saved))
                    .findFirst().orElseThrow(() -> new CommandFailure("no saved search named '" + saved + "'"));
            query = savedSearch.getQuery();
        }
        SearchResults results;
        if (related != null) {
            results = new SearchResults(0, index.related(related, limit), Map.of(), false, null);
        } else {
            SearchRequest request = new SearchRequest(query, sort.equals("date") ? SearchRequest.Order.DATE
                    : SearchRequest.Order.RELEVANCE, limit, facets, List.of());
            for (String d : drill) {
                int eq = d.indexOf('=');
                if (eq <= 0) {
                    throw new CommandFailure("--drill takes DIM=VALUE, e.g. tag=Theme/Sharing");
                }
                request = request.drillDown(d.substring(0, eq), d.substring(eq + 1));
                if (!facets) {
                    request = new SearchRequest(request.query(), request.order(), limit, false, request.drillDowns());
                }
            }
            try {
                results = index.search(request);
            } catch (QuerySyntaxException e) {
                context.err().println("dossier search: " + e.getMessage() + "; 'dossier search --help' explains the"
                        + " query language");
                return EXIT_USAGE;
            }
        }
        long newSince = -1;
        if (savedSearch != null) {
            newSince = newSinceLastRun(index, savedSearch, query);
            workspace.editingDomain().getCommandStack().execute(new SetCommand(workspace.editingDomain(), savedSearch,
                    Literals.SAVED_SEARCH__LAST_RUN, new Date()));
        }
        if (save != null) {
            save(workspace, query);
        }
        if (results.incomplete()) {
            context.err().println("dossier search: " + results.notice());
        }
        print(context, results, newSince);
        return 0;
    }

    private static long newSinceLastRun(SearchIndex index, SavedSearch search, String query) throws Exception {
        if (search.getLastRun() == null) {
            return -1;
        }
        String since = search.getLastRun().toInstant().toString();
        String scoped = (query == null || query.isBlank() ? "" : "(" + query + ") AND ") + "captured:{" + since + " TO *]";
        try {
            return index.search(SearchRequest.of(scoped).withLimit(1)).totalHits();
        } catch (QuerySyntaxException e) {
            return -1;
        }
    }

    private void save(ResearchWorkspace workspace, String query) throws CommandFailure {
        if (query.isBlank()) {
            throw new CommandFailure("--save needs a query");
        }
        SavedSearch search = workspace.model().getSavedSearches().stream().filter(s -> s.getName().equalsIgnoreCase(save))
                .findFirst().orElse(null);
        if (search != null) {
            workspace.editingDomain().getCommandStack().execute(new SetCommand(workspace.editingDomain(), search,
                    Literals.SAVED_SEARCH__QUERY, query));
            return;
        }
        search = CasefileFactory.eINSTANCE.createSavedSearch();
        search.setId(Ids.newId());
        search.setName(save);
        search.setQuery(query);
        search.setCreated(new Date());
        search.setLastRun(new Date());
        workspace.editingDomain().getCommandStack().execute(new AddCommand(workspace.editingDomain(), workspace.model(),
                Literals.WORKSPACE_MODEL__SAVED_SEARCHES, search));
    }

    private void print(CommandContext context, SearchResults results, long newSince) {
        if (json.isSet()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("total", results.totalHits());
            map.put("incomplete", results.incomplete());
            if (newSince >= 0) {
                map.put("newSinceLastRun", newSince);
            }
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchResults.Hit hit : results.hits()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("id", hit.id());
                h.put("title", hit.title());
                h.put("type", hit.type());
                h.put("date", hit.date() == null ? null : hit.date().toString());
                h.put("snippet", hit.snippet());
                h.put("score", hit.score());
                h.put("groupSize", hit.groupSize());
                h.put("duplicates", hit.duplicates());
                hits.add(h);
            }
            map.put("hits", hits);
            if (facets) {
                map.put("facets", results.facets());
            }
            context.printJson(map);
            return;
        }
        var out = context.out();
        if (newSince >= 0) {
            out.printf(Locale.ROOT, "%,d new since this search last ran%n", newSince);
        }
        if (results.hits().isEmpty()) {
            out.println("no results");
        }
        for (SearchResults.Hit hit : results.hits()) {
            out.printf(Locale.ROOT, "%s  %s  %s%s%n", hit.id(), hit.date() == null ? "----------"
                    : hit.date().toString().substring(0, 10), hit.title() == null || hit.title().isBlank() ? "(untitled)"
                            : hit.title(), hit.groupSize() > 1 ? "  (+" + (hit.groupSize() - 1) + " near-duplicate"
                                    + (hit.groupSize() > 2 ? "s" : "") + ")" : "");
            if (!hit.snippet().isEmpty()) {
                out.println("    " + hit.snippet());
            }
        }
        if (facets) {
            for (Map.Entry<String, List<SearchResults.FacetValue>> dim : results.facets().entrySet()) {
                StringBuilder line = new StringBuilder(dim.getKey()).append(':');
                for (SearchResults.FacetValue value : dim.getValue()) {
                    line.append(' ').append(value.value()).append(" (").append(value.count()).append(')');
                }
                out.println(line);
            }
        }
        if (related == null) {
            context.err().printf(Locale.ROOT, "%,d result%s%n", results.totalHits(), results.totalHits() == 1 ? "" : "s");
        }
    }
}
