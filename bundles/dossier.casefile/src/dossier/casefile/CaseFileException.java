package dossier.casefile;

/** A request on a workspace that cannot be done; the message says why in one line. */
public class CaseFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaseFileException(String message) {
        super(message);
    }
}
