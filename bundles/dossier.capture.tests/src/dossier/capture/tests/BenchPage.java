package dossier.capture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

import dossier.testing.SharedData;

/** A real news page of the article-extraction benchmark (../shared/bench), with passages of its article. */
record BenchPage(String url, String html) {

    /** An AP story on the Los Angeles Auto Show, as a local newspaper's site published it. */
    static final String AUTO_SHOW = "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f";
    static final String AUTO_SHOW_URL = "https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php";
    /** A passage of its article. */
    static final String PASSAGE = "Toyota is displaying a rechargeable hybrid version of the RAV4";
    /** A word of its article and of no other page here, for the index. */
    static final String WORD = "Sentra";

    static BenchPage autoShow() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedData.bench("article-extraction").resolve("html").resolve(AUTO_SHOW + ".html.gz")))) {
            return new BenchPage(AUTO_SHOW_URL, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
