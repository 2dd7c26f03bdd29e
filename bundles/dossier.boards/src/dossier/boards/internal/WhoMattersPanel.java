package dossier.boards.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

import dossier.boards.PanelFigures;
import dossier.boards.PanelFigures.Entry;
import dossier.boards.PanelFigures.Ranking;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.index.IndexSchema;
import dossier.index.QuerySyntaxException;

/**
 * Who matters: the accounts whose items a query finds, ranked three ways: by reach (their followers), by volume (their
 * items) and by importance, the attention their most noticed item drew relative to their reach (see
 * {@link #importance}).
 */
public final class WhoMattersPanel implements PanelKind {

    /** Followers below this count as this many, so that a handful of likes on a tiny account does not top the list. */
    static final long FOLLOWER_FLOOR = 100;

    /** One account's figures. */
    private static final class Account {
        final String name;
        long items;
        long followers = -1;
        double importance;

        Account(String name) {
            this.name = name;
        }
    }

    /**
     * One segment's figures by account ordinal (the account's name is looked up once per account, not per item).
     */
    private static final class LeafFigures {
        final SortedDocValues names;
        final long[] items;
        final long[] followers;
        final double[] importance;

        LeafFigures(SortedDocValues names) {
            this.names = names;
            int count = names.getValueCount();
            items = new long[count];
            followers = new long[count];
            java.util.Arrays.fill(followers, -1);
            importance = new double[count];
        }

        void add(int ord, Long reach, Long drew) {
            items[ord]++;
            if (reach != null) {
                followers[ord] = Math.max(followers[ord], reach);
            }
            if (drew != null) {
                importance[ord] = Math.max(importance[ord], importance(drew, reach));
            }
        }

        void addTo(Map<String, Account> accounts) throws IOException {
            for (int ord = 0; ord < items.length; ord++) {
                if (items[ord] == 0) {
                    continue;
                }
                Account account = accounts.computeIfAbsent(names.lookupOrd(ord).utf8ToString(), Account::new);
                account.items += items[ord];
                account.followers = Math.max(account.followers, followers[ord]);
                account.importance = Math.max(account.importance, importance[ord]);
            }
        }
    }

    /**
     * The importance of an item: its engagement (replies + reshares + likes + quotes) per 1,000 followers of its
     * author, followers counted as at least {@link #FOLLOWER_FLOOR} (and as that when unknown).
     */
    static double importance(long engagement, Long followers) {
        long reach = Math.max(FOLLOWER_FLOOR, followers == null ? 0 : followers);
        return 1000.0 * engagement / reach;
    }

    @Override
    public List<String> queries(PanelInput input) {
        return List.of(input.parameter("query", "type:mention"));
    }

    @Override
    public PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException {
        String query = input.parameter("query", "type:mention");
        int limit = Integer.parseInt(input.parameter("limit", "10"));
        Map<String, Account> accounts = input.index().read(query, (searcher, parsed) -> {
            List<LeafFigures> leaves = new ArrayList<>();
            IndexReadings.forEachMatch(searcher, parsed, leaf -> {
                SortedDocValues names = leaf.getSortedDocValues(IndexSchema.ACCOUNT);
                if (names == null) {
                    return doc -> {
                    };
                }
                LeafFigures figures = new LeafFigures(names);
                leaves.add(figures);
                NumericDocValues followers = leaf.getNumericDocValues(IndexSchema.FOLLOWERS);
                NumericDocValues engagement = leaf.getNumericDocValues(IndexSchema.ENGAGEMENT);
                return doc -> {
                    try {
                        if (names.advanceExact(doc)) {
                            figures.add(names.ordValue(), IndexReadings.value(followers, doc),
                                    IndexReadings.value(engagement, doc));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
            });
            Map<String, Account> read = new HashMap<>();
            for (LeafFigures leaf : leaves) {
                leaf.addTo(read);
            }
            return read;
        });
        String scope = query.isBlank() ? "" : "(" + query + ") AND ";
        return new PanelFigures("", List.of(), List.of(
                ranking("By reach", "followers", accounts, a -> a.followers, limit, scope),
                ranking("By volume", "items", accounts, a -> a.items, limit, scope),
                ranking("By importance", "engagement per 1,000 followers", accounts, a -> a.importance, limit,
                        scope)), false);
    }

    private static Ranking ranking(String name, String unit, Map<String, Account> accounts,
            ToDoubleFunction<Account> figure, int limit, String scope) {
        List<Entry> entries = accounts.values().stream().filter(a -> figure.applyAsDouble(a) > 0)
                .sorted(Comparator.comparingDouble(figure).reversed().thenComparing(a -> a.name)).limit(limit)
                .map(a -> new Entry(a.name, figure.applyAsDouble(a), scope + drill(a.name))).toList();
        return new Ranking(name, unit, entries);
    }

    /** The query that finds an account's items: {@code handle:x} for {@code @x}, else the author's name. */
    static String drill(String account) {
        return account.startsWith("@") ? "handle:\"" + account.substring(1) + "\""
                : "author:\"" + account.replace("\"", "") + "\"";
    }
}
