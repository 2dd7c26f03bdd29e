package dossier.capture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

import dossier.testing.SharedData;

/** Real news pages of the article-extraction benchmark (../shared/bench), with passages of the first one's article. */
record BenchPage(String url, String html) {

    /** An AP story on the Los Angeles Auto Show, as a local newspaper's site published it. */
    static final String AUTO_SHOW = "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f";
    static final String AUTO_SHOW_URL = "https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php";
    /** A passage of its article. */
    static final String PASSAGE = "Toyota is displaying a rechargeable hybrid version of the RAV4";
    /** A word of its article and of no other page here, for the index. */
    static final String WORD = "Sentra";

    /** SlashGear on the Audi e-tron Sportback. */
    static final String SPORTBACK = "3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc";
    static final String SPORTBACK_URL = "https://www.slashgear.com/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369/";

    static BenchPage autoShow() throws IOException {
        return of(AUTO_SHOW, AUTO_SHOW_URL);
    }

    static BenchPage sportback() throws IOException {
        return of(SPORTBACK, SPORTBACK_URL);
    }

    private static BenchPage of(String name, String url) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedData.bench("article-extraction").resolve("html").resolve(name + ".html.gz")))) {
            return new BenchPage(url, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
