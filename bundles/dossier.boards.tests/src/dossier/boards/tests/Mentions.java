package dossier.boards.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dossier.casefile.ResearchWorkspace;
import dossier.store.Capture;
import dossier.store.Engagement;
import dossier.store.ItemType;

/** Generated mentions with known counts, put through the intake. */
final class Mentions {

    private static int n;

    private Mentions() {
    }

    /** Puts a mention into the workspace; returns its item id. */
    static String put(ResearchWorkspace workspace, String handle, long followers, String text, Instant published,
            Engagement engagement) throws IOException {
        return workspace.importCapture(capture(handle, followers, text, published, engagement), null, List.of()).id();
    }

    static Capture capture(String handle, long followers, String text, Instant published, Engagement engagement) {
        String url = "https://social.example/@" + handle + "/" + (++n);
        return new Capture(ItemType.MENTION, url, url, null, handle, handle, followers, published,
                published.plusSeconds(60), "en", "application/json",
                ("{\"n\":" + n + ",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8), text, engagement);
    }
}
