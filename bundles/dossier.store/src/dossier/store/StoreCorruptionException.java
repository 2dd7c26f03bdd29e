package dossier.store;

import java.io.IOException;

/** A record failed its checksum or points at data that is missing; the message names the file and offset. */
public class StoreCorruptionException extends IOException {

    private static final long serialVersionUID = 1L;

    public StoreCorruptionException(String message) {
        super(message);
    }
}
