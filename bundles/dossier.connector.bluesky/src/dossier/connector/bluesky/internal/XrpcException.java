package dossier.connector.bluesky.internal;

import dossier.connector.http.FetchException;

/** An XRPC server refused a call; {@link #error()} is the error name of its answer (ExpiredToken ...), or empty. */
final class XrpcException extends FetchException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    XrpcException(String message, int status, String error) {
        super(message);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    /** The session's access token is no longer accepted. */
    boolean expiredToken() {
        return error.equals("ExpiredToken") || error.equals("InvalidToken");
    }
}
