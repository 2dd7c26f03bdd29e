package dossier.boards.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntToDoubleFunction;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

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
     * The accounts' figures, by an id per account name; segments are read one after the other, each by the account's
     * ordinal in the segment, its figures folded in by name (looked up once per account and segment, in the order of
     * the segment's names) when the next segment starts or at {@link #finish}. Primitive arrays, no object per account.
     */
    private static final class Accounts {
        final BytesRefHash names = new BytesRefHash();
        int[] items = new int[0];
        long[] followers = new long[0];
        double[] importance = new double[0];
        /** The segment being read, by ordinal. */
        SortedDocValues leafNames;
        int leafCount;
        int[] leafItems = new int[0];
        long[] leafFollowers = new long[0];
        double[] leafImportance = new double[0];

        /** Starts reading a segment whose account names are {@code names}. */
        void open(SortedDocValues leaf) throws IOException {
            finish();
            leafNames = leaf;
            leafCount = leaf.getValueCount();
            if (leafItems.length < leafCount) {
                leafItems = new int[leafCount];
                leafFollowers = new long[leafCount];
                leafImportance = new double[leafCount];
            }
            Arrays.fill(leafItems, 0, leafCount, 0);
            Arrays.fill(leafFollowers, 0, leafCount, -1);
            Arrays.fill(leafImportance, 0, leafCount, 0);
        }

        void add(int ord, Long reach, Long drew) {
            leafItems[ord]++;
            if (reach != null) {
                leafFollowers[ord] = Math.max(leafFollowers[ord], reach);
            }
            if (drew != null) {
                leafImportance[ord] = Math.max(leafImportance[ord], importance(drew, reach));
            }
        }

        /** Folds the segment read into the accounts by name. */
        void finish() throws IOException {
            if (leafNames == null) {
                return;
            }
            TermsEnum terms = leafNames.termsEnum();
            int at = -1;
            for (int ord = 0; ord < leafCount; ord++) {
                if (leafItems[ord] == 0) {
                    continue;
                }
                if (ord == at + 1) {
                    terms.next();
                } else {
                    terms.seekExact(ord);
                }
                at = ord;
                int id = names.add(terms.term());
                if (id < 0) {
                    id = -id - 1;
                } else if (id == items.length) {
                    items = ArrayUtil.grow(items, id + 1);
                    followers = Arrays.copyOf(followers, items.length);
                    importance = Arrays.copyOf(importance, items.length);
                    Arrays.fill(followers, id, followers.length, -1);
                }
                items[id] += leafItems[ord];
                followers[id] = Math.max(followers[id], leafFollowers[ord]);
                importance[id] = Math.max(importance[id], leafImportance[ord]);
            }
            leafNames = null;
        }

        /**
         * The {@code limit} accounts with the highest figure above 0, highest first, equal figures by name; a heap of
         * {@code limit}, so that only the accounts shown are sorted.
         */
        List<Integer> top(IntToDoubleFunction figure, int limit) {
            BytesRef left = new BytesRef();
            BytesRef right = new BytesRef();
            Comparator<Integer> better = (a, b) -> {
                int byFigure = Double.compare(figure.applyAsDouble(b), figure.applyAsDouble(a));
                return byFigure != 0 ? byFigure : names.get(a, left).compareTo(names.get(b, right));
            };
            PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, limit), better.reversed());
            for (int id = 0; id < names.size(); id++) {
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

        String name(int id) {
            return names.get(id, new BytesRef()).utf8ToString();
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
        Accounts accounts = input.index().read(query, (searcher, parsed) -> {
            Accounts read = new Accounts();
            IndexReadings.forEachMatch(searcher, parsed, leaf -> {
                SortedDocValues names = leaf.getSortedDocValues(IndexSchema.ACCOUNT);
                if (names == null) {
                    return doc -> {
                    };
                }
                read.open(names);
                NumericDocValues followers = leaf.getNumericDocValues(IndexSchema.FOLLOWERS);
                NumericDocValues engagement = leaf.getNumericDocValues(IndexSchema.ENGAGEMENT);
                return doc -> {
                    try {
                        if (names.advanceExact(doc)) {
                            read.add(names.ordValue(), IndexReadings.value(followers, doc),
                                    IndexReadings.value(engagement, doc));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
            });
            read.finish();
            return read;
        });
        String scope = query.isBlank() ? "" : "(" + query + ") AND ";
        return new PanelFigures("", List.of(), List.of(
                ranking("By importance", "engagement per 1,000 followers", accounts, id -> accounts.importance[id],
                        limit, scope),
                ranking("By reach", "followers", accounts, id -> accounts.followers[id], limit, scope),
                ranking("By volume", "items", accounts, id -> accounts.items[id], limit, scope)), false);
    }

    private static Ranking ranking(String name, String unit, Accounts accounts, IntToDoubleFunction figure, int limit,
            String scope) {
        List<Entry> entries = new ArrayList<>();
        for (int id : accounts.top(figure, limit)) {
            String account = accounts.name(id);
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
