package dossier.service;

/** A request the service or a route refuses: answered with its status and {@code {"error": message}}. */
public final class ServiceFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ServiceFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
