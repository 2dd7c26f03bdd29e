package dossier.workspace;

/** An archive or codebook that cannot be imported or written; the message says why in one line, naming the entry. */
public class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }
}
