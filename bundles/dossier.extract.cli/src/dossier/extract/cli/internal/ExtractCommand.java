package dossier.extract.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dossier.cli.CommandContext;
import dossier.cli.DossierCommand;
import dossier.cli.JsonOption;
import dossier.extract.Article;
import dossier.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(description = { "Extract the article from saved web pages (.html or .html.gz): title, author, date,"
        + " canonical URL and the body text.", "Folders are walked for pages. With --json prints"
                + " {\"<file name without .html/.html.gz>\": {\"articleBody\": \"...\"}} for all pages.",
        "The last line on standard error gives the pages per second. A page that cannot be read is named in"
                + " one line and the others go on (exit code 1)." })
public final class ExtractCommand implements DossierCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages (.html, .html.gz) or folders of them")
    private List<Path> paths;

    @Mixin
    private JsonOption json;

    @Override
    public int run(CommandContext context) {
        List<String> problems = new ArrayList<>();
        List<Path> files = pages(paths, problems);
        Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
        long start = System.nanoTime();
        int extracted = 0;
        for (Path file : files) {
            Article article;
            try {
                article = ArticleExtractor.extract(read(file), file.toUri().toString());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                problems.add(file + ": cannot be read as a web page: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                continue;
            }
            extracted++;
            if (json.isSet()) {
                bodies.put(id(file), Map.of("articleBody", article.text()));
            } else {
                print(context, file, article);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json.isSet()) {
            context.printJson(bodies);
        }
        for (String problem : problems) {
            context.err().println("dossier extract: " + problem);
        }
        context.err().printf("extracted %d pages in %.1f s, %.1f pages/s%n", extracted, seconds,
                seconds > 0 ? extracted / seconds : 0.0);
        return problems.isEmpty() ? 0 : 1;
    }

    private static void print(CommandContext context, Path file, Article article) {
        context.out().println("== " + file);
        context.out().println("title:     " + article.title());
        context.out().println("author:    " + article.author());
        context.out().println("published: " + (article.published() == null ? ""
                : DateTimeFormatter.ISO_INSTANT.format(article.published())));
        context.out().println("url:       " + article.canonicalUrl());
        context.out().println("language:  " + article.language());
        context.out().println();
        context.out().println(article.text());
        context.out().println();
    }

    static List<Path> pages(List<Path> paths, List<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ExtractCommand::isPage).sorted().forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    problems.add(path + ": cannot be listed: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(path + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".html") || name.endsWith(".html.gz") || name.endsWith(".htm")
                || name.endsWith(".htm.gz");
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : new String[] { ".html.gz", ".htm.gz", ".html", ".htm", ".gz" }) {
            if (name.toLowerCase().endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
