package dossier.boards.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntToDoubleFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;

import dossier.boards.PanelFigures;
import dossier.boards.PanelFigures.Entry;
import dossier.boards.PanelFigures.Ranking;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.index.IndexSchema;
import dossier.index.QuerySyntaxException;

/**
 * Who matters: the accounts whose items a query finds, ranked three ways: by importance, the attention their most
 * noticed item drew relative to their reach (see {@link #importance}), first, as what the panel is for; by reach
 * (their followers); by volume (their items).
 */
public final class WhoMattersPanel implements PanelKind {

    /** Followers below this count as this many, so that a handful of likes on a tiny account does not top the list. */
    static final long FOLLOWER_FLOOR = 100;

    /**
     * The accounts' figures by their ordinal in the index's map of account names ({@link AccountOrdinals}, shared by
     * the panels): primitive arrays, no object per account, no name read but those shown.
     */
    private static final class Accounts {
        final int[] items;
        final long[] followers;
        final double[] importance;

        Accounts(int count) {
            items = new int[count];
            followers = new long[count];
            importance = new double[count];
            Arrays.fill(followers, -1);
        }

        /** Counts an item of the account, with its author's followers and its engagement, each -1 if unknown. */
        void add(int account, long reach, long drew) {
            items[account]++;
            if (reach >= 0) {
                followers[account] = Math.max(followers[account], reach);
            }
            if (drew >= 0) {
                importance[account] = Math.max(importance[account], importance(drew, reach));
            }
        }

        /**
         * The {@code limit} accounts with the highest figure above 0, highest first, equal figures by name (the
         * ordinals' order); a heap of {@code limit}, so that only the accounts shown are sorted.
         */
        List<Integer> top(IntToDoubleFunction figure, int limit) {
            Comparator<Integer> better = (a, b) -> {
                int byFigure = Double.compare(figure.applyAsDouble(b), figure.applyAsDouble(a));
                return byFigure != 0 ? byFigure : Integer.compare(a, b);
            };
            PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, limit), better.reversed());
            for (int id = 0; id < items.length; id++) {
                if (figure.applyAsDouble(id) <= 0 || limit <= 0) {
                    continue;
                }
                if (kept.size() < limit) {
                    kept.add(id);
                } else if (better.compare(id, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(id);
                }
            }
            List<Integer> shown = new ArrayList<>(kept);
            shown.sort(better);
            return shown;
        }
    }

    /**
     * The importance of an item: its engagement (replies + reshares + likes + quotes) per 1,000 followers of its
     * author, followers counted as at least {@link #FOLLOWER_FLOOR} (and as that when unknown: -1).
     */
    static double importance(long engagement, long followers) {
        long reach = Math.max(FOLLOWER_FLOOR, followers);
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
        String scope = query.isBlank() ? "" : "(" + query + ") AND ";
        return new PanelFigures("", List.of(), input.index().read(query, (searcher, parsed) -> {
            IndexReader reader = searcher.getIndexReader();
            OrdinalMap ordinals = AccountOrdinals.of(reader);
            Accounts accounts = new Accounts((int) ordinals.getValueCount());
            IndexReadings.forEachMatch(searcher, parsed, leaf -> {
                SortedDocValues names = leaf.reader().getSortedDocValues(IndexSchema.ACCOUNT);
                if (names == null) {
                    return doc -> {
                    };
                }
                LongValues global = ordinals.getGlobalOrds(leaf.ord);
                NumericDocValues followers = leaf.reader().getNumericDocValues(IndexSchema.FOLLOWERS);
                NumericDocValues engagement = leaf.reader().getNumericDocValues(IndexSchema.ENGAGEMENT);
                return doc -> {
                    try {
                        if (names.advanceExact(doc)) {
                            accounts.add((int) global.get(names.ordValue()), IndexReadings.value(followers, doc, -1),
                                    IndexReadings.value(engagement, doc, -1));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
            });
            List<Ranking> rankings = new ArrayList<>();
            rankings.add(ranking("By importance", "engagement per 1,000 followers", accounts,
                    id -> accounts.importance[id], limit, scope, ordinals, reader));
            rankings.add(ranking("By reach", "followers", accounts, id -> accounts.followers[id], limit, scope,
                    ordinals, reader));
            rankings.add(ranking("By volume", "items", accounts, id -> accounts.items[id], limit, scope, ordinals,
                    reader));
            return rankings;
        }), false);
    }

    private static Ranking ranking(String name, String unit, Accounts accounts, IntToDoubleFunction figure, int limit,
            String scope, OrdinalMap ordinals, IndexReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (int id : accounts.top(figure, limit)) {
            String account = AccountOrdinals.name(ordinals, reader, id);
            entries.add(new Entry(account, figure.applyAsDouble(id), scope + drill(account)));
        }
        return new Ranking(name, unit, entries);
    }

    /** The query that finds an account's items: {@code handle:x} for {@code @x}, else the author's name. */
    static String drill(String account) {
        return account.startsWith("@") ? "handle:\"" + account.substring(1) + "\""
                : "author:\"" + account.replace("\"", "") + "\"";
    }
}
