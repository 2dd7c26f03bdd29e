package dossier.index.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.cli.CommandContext;
import dossier.cli.CommandFailure;
import dossier.cli.JsonOption;
import dossier.index.QuerySyntaxException;
import dossier.index.QueryVocabulary;
import dossier.index.SavedSearches;
import dossier.index.SearchIndex;
import dossier.index.SearchRequest;
import dossier.index.SearchResults;
import dossier.model.casefile.SavedSearch;
import dossier.team.TeamCollection;
import dossier.team.TeamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(modelTransformer = SearchCommand.Help.class)
public final class SearchCommand extends IndexCommand {

    /** The description, its fields from {@link QueryVocabulary}. */
    public static final class Help implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> lines = new ArrayList<>(List.of(
                    "Search the workspace's items; prints id, date, title and a snippet ([matches] marked).",
                    "Query language: words (all must match), \"a phrase\", \"social sharing\"~5 (within 5 words),"
                            + " AND OR NOT - +, (grouping), wild*cards, @handle, #hashtag, dates published:>-7d"
                            + " (also -2w, -3m, -1y), and fields:"));
            QueryVocabulary.helpLines().forEach(line -> lines.add("  " + line));
            lines.add("Near-duplicates (the same story on several sites, re-shares) are grouped under one result.");
            spec.usageMessage().description(lines.toArray(String[]::new));
            return spec;
        }
    }

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

    @Option(names = "--team", description = "Search the team collection (see 'dossier team connect') instead of this"
            + " workspace; when it cannot be reached, says so and gives the local results")
    private boolean team;

    @Mixin
    private JsonOption json;

    @Override
    protected int run(CommandContext context, ResearchWorkspace workspace) throws Exception {
        if (!sort.equals("date") && !sort.equals("relevance")) {
            throw new CommandFailure("--sort is date or relevance, not " + sort);
        }
        SearchIndex index = open(context, workspace);
        String query = String.join(" ", words);
        SavedSearches savedSearches = SavedSearches.of(workspace);
        SavedSearch savedSearch = null;
        if (saved != null) {
            savedSearch = savedSearches.named(saved)
                    .orElseThrow(() -> new CommandFailure("no saved search named '" + saved + "'"));
            query = savedSearch.getQuery();
        }
        SearchResults results;
        if (related != null) {
            results = new SearchResults(0, team ? relatedInTeam(context, workspace, index)
                    : index.related(related, limit), Map.of(), false, null);
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
                results = team ? searchTeam(context, workspace, index, request) : index.search(request);
            } catch (QuerySyntaxException e) {
                context.err().println("dossier search: " + e.getMessage() + "; 'dossier search --help' explains the"
                        + " query language");
                return EXIT_USAGE;
            }
        }
        long newSince = -1;
        if (savedSearch != null) {
            newSince = savedSearches.newSinceLastRun(savedSearch);
            savedSearches.ran(savedSearch);
        }
        if (save != null) {
            if (query.isBlank()) {
                throw new CommandFailure("--save needs a query");
            }
            savedSearches.save(save, query);
        }
        if (results.incomplete()) {
            context.err().println("dossier search: " + results.notice());
        }
        print(context, results, newSince);
        return 0;
    }

    private List<SearchResults.Hit> relatedInTeam(CommandContext context, ResearchWorkspace workspace,
            SearchIndex index) throws IOException, CommandFailure {
        try {
            return workspace.service(TeamCollection.class).related(related, limit);
        } catch (TeamException e) {
            if (!e.unreachable()) {
                throw new CommandFailure(e.getMessage());
            }
            context.err().println("dossier search: " + e.getMessage() + "; the results below are this workspace's");
            return index.related(related, limit);
        }
    }

    private static SearchResults searchTeam(CommandContext context, ResearchWorkspace workspace, SearchIndex index,
            SearchRequest request) throws QuerySyntaxException, IOException, CommandFailure {
        try {
            return workspace.service(TeamCollection.class).search(request);
        } catch (TeamException e) {
            if (!e.unreachable()) {
                throw new CommandFailure(e.getMessage());
            }
            context.err().println("dossier search: " + e.getMessage() + "; the results below are this workspace's");
            return index.search(request);
        }
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
