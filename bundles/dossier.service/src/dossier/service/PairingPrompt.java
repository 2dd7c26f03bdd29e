package dossier.service;

/** Shows the user the short code a client (the browser extension) must give back to be paired. */
@FunctionalInterface
public interface PairingPrompt {

    void show(String client, String code);
}
