package dossier.annotations.mentions.ui;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import com.twitter.twittertext.Extractor;

import dossier.casefile.ui.annotations.AnnotationTable;
import dossier.casefile.ui.annotations.AnnotationView;
import dossier.casefile.ui.annotations.ReaderItem;

/**
 * The accounts, hashtags, links and domains the item in the reader mentions, found with
 * twitter-text as the platforms find them, with how often; a click reveals the first one, a double-click (or
 * Enter) searches the workspace for it.
 */
public final class MentionsAnnotationView implements AnnotationView {

    static final String NO_ITEM = "Open an item from the Library: the @accounts, #hashtags, links and domains it"
            + " mentions show here; double-click one to search for it.";
    static final String NONE = "This item mentions no accounts, hashtags or links.";
    /** The Search view's command (bundle dossier.search.ui); its parameter {@code query} is run. */
    static final String SEARCH_COMMAND = "dossier.search.ui.search";

    /** One thing mentioned, where it first appears and how often. */
    record Mention(String kind, String value, int first, int count) {
    }

    private final Extractor extractor = new Extractor();
    private AnnotationTable<Mention> table;
    private ReaderItem item;

    @Override
    public void createControl(Composite parent) {
        table = new AnnotationTable<>(parent, Mention.class, mention -> {
            if (item != null) {
                item.reveal().accept(mention.first());
            }
        }).onOpen(MentionsAnnotationView::search).column("Kind", 80, Mention::kind)
                .column("Mentioned", 200, Mention::value).column("Times", 60, m -> String.valueOf(m.count()));
        show(null);
    }

    /** The query that finds the items mentioning the same account, hashtag, link or domain. */
    static String query(Mention mention) {
        return switch (mention.kind()) {
        case "link" -> "url:\"" + mention.value().replace("\"", "") + "\"";
        case "domain" -> "domain:" + mention.value();
        default -> mention.value();
        };
    }

    /** Runs the Search view's command with the mention's query (no dependency on the search bundle). */
    private static void search(Mention mention) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(SEARCH_COMMAND),
                    Map.of("query", query(mention))), null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            ILog.of(MentionsAnnotationView.class).warn("Cannot search for " + mention.value() + ": " + e.getMessage());
        }
    }

    /** What the text mentions, accounts first, then hashtags, links and their domains. */
    List<Mention> mentions(String text) {
        Map<String, Mention> found = new LinkedHashMap<>();
        for (Extractor.Entity entity : extractor.extractEntitiesWithIndices(text)) {
            switch (entity.getType()) {
            case MENTION -> add(found, "account", "@" + entity.getValue(), entity.getStart());
            case HASHTAG -> add(found, "hashtag", "#" + entity.getValue(), entity.getStart());
            case URL -> {
                add(found, "link", entity.getValue(), entity.getStart());
                String domain = domain(entity.getValue());
                if (domain != null) {
                    add(found, "domain", domain, entity.getStart());
                }
            }
            default -> {
                // cashtags are not followed
            }
            }
        }
        List<Mention> mentions = new ArrayList<>(found.values());
        List<String> order = List.of("account", "hashtag", "link", "domain");
        mentions.sort((a, b) -> order.indexOf(a.kind()) != order.indexOf(b.kind())
                ? Integer.compare(order.indexOf(a.kind()), order.indexOf(b.kind()))
                : Integer.compare(b.count(), a.count()));
        return mentions;
    }

    private static void add(Map<String, Mention> found, String kind, String value, int at) {
        String key = kind + "\u0000" + value.toLowerCase(Locale.ROOT);
        Mention known = found.get(key);
        found.put(key, known == null ? new Mention(kind, value, at, 1)
                : new Mention(kind, known.value(), known.first(), known.count() + 1));
    }

    private static String domain(String url) {
        try {
            String host = URI.create(url.contains("://") ? url : "http://" + url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void show(ReaderItem shown) {
        item = shown;
        table.show(shown == null ? List.of() : mentions(shown.text()), shown == null ? NO_ITEM : NONE);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
