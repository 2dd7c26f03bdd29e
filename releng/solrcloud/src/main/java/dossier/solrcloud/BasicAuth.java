package dossier.solrcloud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Solr's security.json for basic authentication of one admin user (blockUnknown: every request needs it). */
final class BasicAuth {

    private BasicAuth() {
    }

    static String securityJson(String userAndPassword) throws NoSuchAlgorithmException {
        int colon = userAndPassword.indexOf(':');
        String user = userAndPassword.substring(0, colon);
        String password = userAndPassword.substring(colon + 1);
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        // Solr's Sha256AuthenticationProvider: sha256(sha256(salt + password))
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(salt);
        byte[] hash = digest.digest(password.getBytes(StandardCharsets.UTF_8));
        digest.reset();
        hash = digest.digest(hash);
        String credentials = Base64.getEncoder().encodeToString(hash) + " " + Base64.getEncoder().encodeToString(salt);
        return """
                {"authentication": {"class": "solr.BasicAuthPlugin", "blockUnknown": true,
                  "credentials": {"%s": "%s"}},
                 "authorization": {"class": "solr.RuleBasedAuthorizationPlugin",
                  "permissions": [{"name": "all", "role": "admin"}], "user-role": {"%s": "admin"}}}
                """.formatted(user, credentials, user);
    }
}
