package dossier.model;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Ids for everything {@link dossier.model.casefile.Identified}: 12 random URL-safe characters
 * (72 bits, base64url without padding), usable as file names ({@code casefiles/<id>.xmi}), XMI ids
 * and URI fragments. An id never starts with "-", so a command line never takes it for an option.
 */
public final class Ids {

    /** Length of the ids {@link #newId()} makes. */
    public static final int LENGTH = 12;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Ids() {
    }

    /** A new random id such as {@code "q3Zk-0bTf_8A"}. */
    public static String newId() {
        byte[] bytes = new byte[LENGTH * 3 / 4];
        String id;
        do {
            RANDOM.nextBytes(bytes);
            id = ENCODER.encodeToString(bytes);
        } while (id.charAt(0) == '-');
        return id;
    }

    /** Whether {@code id} is non-empty and only uses URL-safe characters (A-Z a-z 0-9 - _). */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
