package dossier.casefile;

/** A change to a training workspace's trainer material was refused; the message says so in one line. */
public class ProtectedMaterialException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ProtectedMaterialException(String message) {
        super(message);
    }
}
