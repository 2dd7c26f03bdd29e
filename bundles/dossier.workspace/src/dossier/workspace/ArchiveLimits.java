package dossier.workspace;

/** What an import accepts: the largest entry, the largest total of all entries (uncompressed), the most entries. */
public record ArchiveLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    /** 2 GiB an entry, 32 GiB in all, 200,000 entries: far above a real workspace, far below a zip bomb. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(2L << 30, 32L << 30, 200_000);
}
