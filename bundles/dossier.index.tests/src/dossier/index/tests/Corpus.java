package dossier.index.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.casefile.LocalFiles;
import dossier.model.casefile.CaseFile;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;
import dossier.testing.SeedArticles;

/**
 * A small known corpus: the five seed articles (documents, tag Source/Blog, case "Social sharing") and hand-made
 * mentions, articles and a memo with handles, hashtags, URLs, dates, languages, tags, a case file, a re-share and a
 * syndicated copy. Imported through {@link ResearchWorkspace#importCapture}, so the index follows by its listener.
 */
final class Corpus {

    /**
     * name → item id: seed0..seed4, m1 (300 replies, 20 reshares, 50 likes), m2 (re-share of m1: 4 likes, 1 quote),
     * a1, a2 (syndicated a1), a3 (French, recent), memo; the mentions' authors have 100 followers
     */
    final Map<String, String> ids = new LinkedHashMap<>();

    static String influencerStory() {
        StringBuilder story = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            story.append("Brand team ").append(i).append(" shifted ").append(i * 7 % 13 + 2)
                    .append(" percent of its influencer budget toward creators with engaged audiences in region ")
                    .append(i * 3).append(". ");
        }
        return story.toString();
    }

    Corpus fill(ResearchWorkspace workspace) throws IOException {
        CaseFile sharing = workspace.caseFileNamed("Social sharing");
        List<Path> seeds = SeedArticles.files();
        for (int i = 0; i < seeds.size(); i++) {
            ids.put("seed" + i, workspace.importCapture(LocalFiles.read(seeds.get(i)).capture(), sharing,
                    List.of("Source/Blog")).id());
        }
        String tweet = "Loving the new #BrandVoice campaign by @acme_corp https://acme.example.com/launch";
        put(workspace, "m1", mention("alice", "Alice Example", 1, tweet, "2024-03-10T09:00:00Z")
                .withEngagement(new Engagement(300L, 20L, 50L, null)), null, List.of("Theme/Brand"));
        put(workspace, "m2", mention("bob", "Bob Example", 2, "RT @alice: " + tweet, "2024-03-11T10:00:00Z")
                .withEngagement(new Engagement(0L, 0L, 4L, 1L)), null, List.of());
        CaseFile study = workspace.caseFileNamed("Influencer study");
        put(workspace, "a1", article("https://news.example.com/2024/05/story", "Brands rethink influencer budgets",
                "Carol Writer", "en", influencerStory(), Instant.parse("2024-05-02T08:00:00Z")), study,
                List.of("Theme/Influencers"));
        put(workspace, "a2", article("https://www.othersite.org/syndicated/story", "Brands rethink influencer budgets",
                "Syndication Desk", "en", influencerStory() + "This story first appeared on News Example.",
                Instant.parse("2024-05-03T08:00:00Z")), study, List.of("Theme/Influencers"));
        put(workspace, "a3", article("https://blog.example.org/post", "Un article en fran\u00e7ais", "Denise Auteur",
                "fr", "Les marques partagent des contenus sur les r\u00e9seaux sociaux chaque jour.",
                Instant.now().minus(2, ChronoUnit.DAYS)), null, List.of("Region/France"));
        byte[] memo = "Internal memo: social metrics and sharing habits of our audience".getBytes(StandardCharsets.UTF_8);
        put(workspace, "memo", new Capture(ItemType.DOCUMENT, null, null, "Memo", null, null, null, null, Instant.now(),
                null, "text/plain", memo, new String(memo, StandardCharsets.UTF_8)), null, List.of());
        workspace.save();
        return this;
    }

    private void put(ResearchWorkspace workspace, String name, Capture capture, CaseFile caseFile, List<String> tags)
            throws IOException {
        ids.put(name, workspace.importCapture(capture, caseFile, tags).id());
    }

    static Capture mention(String handle, String name, int n, String text, String published) {
        String url = "https://twitter.com/" + handle + "/status/" + n;
        return new Capture(ItemType.MENTION, url, url, null, name, handle, 100L, Instant.parse(published),
                Instant.parse(published).plusSeconds(60), "en", "application/json",
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8), text);
    }

    static Capture article(String url, String title, String author, String language, String body, Instant published) {
        return new Capture(ItemType.ARTICLE, url, url, title, author, null, null, published, Instant.now(), language,
                "text/html", ("<p>" + body + "</p>").getBytes(StandardCharsets.UTF_8), body);
    }
}
