package dossier.connector.bluesky.internal;

import static dossier.connector.JsonFields.string;

import java.net.URI;

import com.google.gson.JsonObject;

import dossier.connector.ConnectorException;
import dossier.connector.Secrets;
import dossier.connector.http.FetchException;

/**
 * A login on the account's server (com.atproto.server.createSession with the app password kept in secure storage);
 * its tokens are kept there too, so a refresh reuses them, and an expired access token is renewed with the refresh
 * token (com.atproto.server.refreshSession) before logging in again.
 */
final class Session {

    static final String CONNECTOR = "bluesky";
    private static final String ACCESS = "accessJwt";
    private static final String REFRESH = "refreshJwt";

    private final Xrpc xrpc;
    private final URI service;
    private final String login;
    private String access;

    Session(Xrpc xrpc, URI service, String login) {
        this.xrpc = xrpc;
        this.service = service;
        this.login = login;
    }

    URI service() {
        return service;
    }

    /** The access token: the kept one, or a new login's. */
    String accessToken() throws ConnectorException, FetchException {
        if (access == null) {
            access = Secrets.get(CONNECTOR, login, ACCESS).orElse(null);
        }
        if (access == null) {
            keep(xrpc.procedure(service, "com.atproto.server.createSession", credentials(), null));
        }
        return access;
    }

    /** New tokens for an expired access token: refreshed, or from a new login when the refresh token is refused. */
    void refresh() throws ConnectorException, FetchException {
        String refresh = Secrets.get(CONNECTOR, login, REFRESH).orElse(null);
        if (refresh != null) {
            try {
                keep(xrpc.procedure(service, "com.atproto.server.refreshSession", null, refresh));
                return;
            } catch (XrpcException e) {
                if (e.status() != 400 && e.status() != 401) {
                    throw e;
                }
            }
        }
        keep(xrpc.procedure(service, "com.atproto.server.createSession", credentials(), null));
    }

    private JsonObject credentials() throws ConnectorException {
        String password = Secrets.get(CONNECTOR, login, Secrets.PASSWORD).orElseThrow(() -> new ConnectorException(
                "no app password kept for the Bluesky login " + login + "; keep one with: dossier source password "
                        + CONNECTOR + " " + login));
        JsonObject input = new JsonObject();
        input.addProperty("identifier", login);
        input.addProperty("password", password);
        return input;
    }

    private void keep(JsonObject session) throws ConnectorException {
        String newAccess = string(session, ACCESS).orElseThrow(
                () -> new ConnectorException(service + ": the login answer of " + login + " has no access token"));
        Secrets.put(CONNECTOR, login, ACCESS, newAccess);
        String newRefresh = string(session, REFRESH).orElse(null);
        if (newRefresh != null) {
            Secrets.put(CONNECTOR, login, REFRESH, newRefresh);
        }
        access = newAccess;
    }
}
