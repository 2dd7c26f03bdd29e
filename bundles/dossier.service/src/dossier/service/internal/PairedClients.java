package dossier.service.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dossier.service.forward.ServiceFile;

/**
 * The clients paired with a workspace (browser extensions) and the tokens they were given, kept as SHA-256 hashes in
 * {@code .metadata/dossier-paired-clients.json}, readable by the user only; a pairing lasts across restarts.
 */
final class PairedClients {

    private static final Gson GSON = new Gson();

    record Client(String name, String tokenSha256, String paired) {
    }

    private final Path file;
    private final List<Client> clients = new ArrayList<>();

    PairedClients(Path workspace) {
        this.file = workspace.resolve(".metadata").resolve("dossier-paired-clients.json");
        try {
            List<Client> read = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<List<Client>>() { }.getType());
            if (read != null) {
                clients.addAll(read);
            }
        } catch (IOException | JsonParseException e) {
            // none paired yet, or a file that cannot be read: clients pair again
        }
    }

    /** Pairs {@code name}: returns the token it presents from now on. */
    synchronized String pair(String name) throws IOException {
        String token = Tokens.newToken();
        clients.add(new Client(name, sha256(token), Instant.now().toString()));
        ServiceFile.writePrivately(file, GSON.toJson(clients).getBytes(StandardCharsets.UTF_8));
        return token;
    }

    synchronized boolean accepts(String token) {
        byte[] hash = sha256(token).getBytes(StandardCharsets.US_ASCII);
        boolean accepted = false;
        for (Client client : clients) {
            accepted |= MessageDigest.isEqual(hash, client.tokenSha256().getBytes(StandardCharsets.US_ASCII));
        }
        return accepted;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
