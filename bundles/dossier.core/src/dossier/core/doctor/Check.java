package dossier.core.doctor;

/**
 * One finding of {@link Doctor}.
 *
 * @param name what was checked, e.g. {@code java}
 * @param status how it went
 * @param detail what was found, one line
 * @param fix what to do about it, one line; empty when nothing is to be done
 */
public record Check(String name, Status status, String detail, String fix) {

    public enum Status {
        OK, WARNING, ERROR
    }

    static Check ok(String name, String detail) {
        return new Check(name, Status.OK, detail, "");
    }
}
