package dossier.index.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The folders of a workspace's index and its schema version. The searched index lives in {@code index/}; an index of
 * another version found there keeps answering while the new version is built beside it in {@code index.next/}; once
 * built, that is renamed {@code index.ready/}, the old one {@code index.old/}, the ready one {@code index/}, and the old
 * one is deleted. An open after a crash finishes a switch that was under way and starts an unfinished build again.
 */
public final class IndexFolders {

    private IndexFolders() {
    }

    /**
     * What was found at open: the writer, the index that answers meanwhile if the writer builds a new version beside
     * it (else null), and why the index must be rebuilt (else null).
     */
    public record Opened(IndexWriting writing, IndexSearching previous, String problem) {
    }

    /** Opens the index in {@code folder}, deciding whether it must be rebuilt from the store's items. */
    public static Opened open(Path folder, int storeItems, QueryLanguage language) throws IOException {
        finishSwitch(folder);
        deleteTree(sibling(folder, "next")); // a build that did not finish starts again
        Files.createDirectories(folder);
        String problem = null;
        boolean found = false;
        String version = null;
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                problem = storeItems == 0 ? null : "there is no search index yet";
            } else {
                version = SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.VERSION_KEY);
                found = true;
            }
        } catch (IOException | RuntimeException e) {
            problem = damaged(e);
            wipe(folder);
        }
        if (found && !Schema.VERSION.equals(version)) {
            problem = "the search index has version " + version + ", this Dossier writes version " + Schema.VERSION;
            try {
                IndexSearching previous = IndexSearching.fixed(folder, language);
                return new Opened(IndexWriting.open(sibling(folder, "next"), true), previous, problem);
            } catch (IOException | RuntimeException e) {
                problem = damaged(e);
                wipe(folder);
            }
        }
        IndexWriting writing;
        try {
            writing = IndexWriting.open(folder, false);
        } catch (IOException | RuntimeException e) {
            problem = damaged(e);
            wipe(folder);
            writing = IndexWriting.open(folder, true);
        }
        if (problem == null) {
            int documents = writing.documents();
            if (documents != storeItems) {
                problem = "the search index has " + documents + " documents for " + storeItems + " stored items";
            }
        }
        return new Opened(writing, null, problem);
    }

    /**
     * Puts the new version, built and closed in {@code index.next/}, in the place of the old one (whose searcher has
     * its files open: delete them with {@link #deleteOld} once it is closed).
     */
    public static void switchToNext(Path folder) throws IOException {
        Files.move(sibling(folder, "next"), sibling(folder, "ready"), StandardCopyOption.ATOMIC_MOVE);
        Path old = sibling(folder, "old");
        deleteTree(old);
        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(sibling(folder, "ready"), folder, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the old version's folder after a switch. */
    public static void deleteOld(Path folder) throws IOException {
        deleteTree(sibling(folder, "old"));
    }

    /** Finishes a switch a crash interrupted: a built version waiting in {@code index.ready/} takes the place. */
    private static void finishSwitch(Path folder) throws IOException {
        Path ready = sibling(folder, "ready");
        if (Files.isDirectory(ready)) {
            Path old = sibling(folder, "old");
            deleteTree(old);
            if (Files.exists(folder)) {
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(ready, folder, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteOld(folder);
    }

    /** {@code index.next}, {@code index.ready}, {@code index.old} beside {@code index}. */
    static Path sibling(Path folder, String suffix) {
        return folder.resolveSibling(folder.getFileName() + "." + suffix);
    }

    private static String damaged(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return "the search index is damaged (" + e.getClass().getSimpleName() + ": "
                + message.lines().findFirst().orElse("") + ")";
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!Files.isDirectory(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
