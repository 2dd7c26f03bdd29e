package dossier.feed.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dossier.testing.SharedData;

/** feedparser's test feeds in the shared test data ({@code -Ddossier.shared}, set by the build). */
final class Corpus {

    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^\\s*(Description|Expect|Header|Note|SkipUnless):\\s*(.*)$");

    private Corpus() {
    }

    static Path folder() {
        return SharedData.corpus("feedparser-tests");
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("LICENSE"))
                    .sorted().toList();
        }
    }

    /** The value of a "Key: value" line in the file's leading comment, or "". */
    static String header(byte[] bytes, String key) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4000), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("-->");
        if (end > 0) {
            head = head.substring(0, end);
        }
        Matcher m = HEADER_LINE.matcher(head);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return m.group(2).strip();
            }
        }
        return "";
    }

    /** A Python string literal's value (with \\xNN, \\uNNNN, \\n, \\t, \\\\ and quotes). */
    static String python(String literal) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                b.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'x' -> {
                b.append((char) Integer.parseInt(literal.substring(i + 1, i + 3), 16));
                i += 2;
            }
            case 'u' -> {
                b.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                i += 4;
            }
            case 'U' -> {
                b.appendCodePoint(Integer.parseInt(literal.substring(i + 1, i + 9), 16));
                i += 8;
            }
            default -> b.append(e);
            }
        }
        return b.toString();
    }
}
