package dossier.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import dossier.casefile.internal.Titles;
import dossier.extract.Article;
import dossier.extract.ArticleExtractor;
import dossier.extract.Languages;
import dossier.store.Capture;
import dossier.store.ItemType;

/** Reads local .txt, .md and .html files as captures: original bytes, extracted text and a title. */
public final class LocalFiles {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final Pattern METADATA_LINE = Pattern.compile("^[\\p{L}]+:\\s.*");

    private LocalFiles() {
    }

    /** A file that could be read, or why not. */
    public record Read(Path file, Capture capture, String warning) {
    }

    /** The importable files among the arguments: files as given, folders walked, in name order. */
    public static List<Path> expand(List<Path> arguments, List<String> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> {
                        if (mediaType(f) != null) {
                            files.add(f);
                        }
                    });
                }
            } else if (!Files.exists(argument)) {
                skipped.add(argument + ": no such file or folder");
            } else if (mediaType(argument) == null) {
                skipped.add(argument + ": not a .txt, .md or .html file");
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        return null;
    }

    /** Reads one file; a file too large or unreadable raises an IOException with a clear message. */
    public static Read read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        byte[] original = Files.readAllBytes(file);
        String mediaType = mediaType(file);
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        if ("text/html".equals(mediaType)) {
            Article article = ArticleExtractor.extract(original, uri);
            String title = article.title() == null || article.title().isBlank() ? file.getFileName().toString()
                    : clean(article.title());
            String canonical = article.canonicalUrl() == null || article.canonicalUrl().isBlank() ? uri
                    : article.canonicalUrl();
            return new Read(file, new Capture(ItemType.DOCUMENT, uri, canonical, title, article.author(), null, null,
                    article.published(), Instant.now(), article.language(), mediaType, original, article.text()), null);
        }
        DecodedText decoded = decode(original);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        String title = "text/markdown".equals(mediaType) ? markdownTitle(text) : null;
        if (title == null || title.isBlank()) {
            title = titleFromText(text);
        }
        if (title == null || title.isBlank()) {
            title = file.getFileName().toString();
        }
        String language = Languages.detect(text);
        Capture capture = new Capture(ItemType.DOCUMENT, uri, uri, clean(title), null, null, null, null, Instant.now(),
                language.isEmpty() ? null : language, mediaType, original, text);
        return new Read(file, capture, decoded.warning());
    }

    private record DecodedText(String text, String warning) {
    }

    private static DecodedText decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
        } catch (CharacterCodingException e) {
            Charset fallback = Charset.forName("windows-1252");
            return new DecodedText(new String(bytes, fallback), "not valid UTF-8; read as Windows-1252");
        }
    }

    private static String markdownTitle(String text) {
        return text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse(null);
    }

    /** A title from plain text ({@link Titles}), metadata lines such as "Category: X" skipped. */
    static String titleFromText(String text) {
        return Titles.fromLines(text.lines().filter(l -> !(METADATA_LINE.matcher(l.strip()).matches()
                && l.strip().indexOf(':') < 20)));
    }

    private static String clean(String title) {
        return title.replaceAll("\\s+", " ").strip();
    }
}
