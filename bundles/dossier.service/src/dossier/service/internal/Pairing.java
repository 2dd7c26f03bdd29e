package dossier.service.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonObject;

import dossier.service.PairingPrompt;
import dossier.service.ServiceFailure;
import dossier.service.ServiceReply;

/**
 * Pairing a client: it asks ({@code POST /pair}), Dossier shows the user a six-digit code, the user types it into the
 * client, which sends it back ({@code POST /pair/confirm}) and gets its token. A pairing ends after three wrong codes
 * or two minutes; at most three wait at once.
 */
final class Pairing {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int MAX_WRONG = 3;
    private static final int MAX_WAITING = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Waiting(String client, String code, Instant expires, int wrong) {
    }

    private final PairingPrompt prompt;
    private final PairedClients clients;
    private final Map<String, Waiting> waiting = new HashMap<>();

    Pairing(PairingPrompt prompt, PairedClients clients) {
        this.prompt = prompt;
        this.clients = clients;
    }

    ServiceReply start(JsonObject body) throws ServiceFailure {
        String client = CheckedRequest.string(body, "client", "a client");
        if (client.length() > 100) {
            throw new ServiceFailure(400, "a client's name has at most 100 characters");
        }
        String id = Tokens.newToken();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        synchronized (this) {
            waiting.values().removeIf(w -> w.expires().isBefore(Instant.now()));
            if (waiting.size() >= MAX_WAITING) {
                throw new ServiceFailure(429, "too many pairings are waiting; confirm or let them expire first");
            }
            waiting.put(id, new Waiting(client, code, Instant.now().plus(LIFETIME), 0));
        }
        prompt.show(client, code);
        JsonObject reply = new JsonObject();
        reply.addProperty("pairing", id);
        reply.addProperty("expiresInSeconds", LIFETIME.toSeconds());
        return ServiceReply.ok(reply);
    }

    ServiceReply confirm(JsonObject body) throws ServiceFailure, IOException {
        String id = CheckedRequest.string(body, "pairing", "");
        String code = CheckedRequest.string(body, "code", "").replaceAll("\\s", "");
        Waiting pairing;
        synchronized (this) {
            pairing = waiting.remove(id);
            if (pairing == null || pairing.expires().isBefore(Instant.now())) {
                throw new ServiceFailure(403, "no such pairing is waiting (it may have expired): pair again");
            }
            if (!pairing.code().equals(code)) {
                int wrong = pairing.wrong() + 1;
                if (wrong < MAX_WRONG) {
                    waiting.put(id, new Waiting(pairing.client(), pairing.code(), pairing.expires(), wrong));
                    throw new ServiceFailure(403, "wrong code; " + (MAX_WRONG - wrong) + " tries left");
                }
                throw new ServiceFailure(403, "wrong code three times: pair again");
            }
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("token", clients.pair(pairing.client()));
        return ServiceReply.ok(reply);
    }
}
