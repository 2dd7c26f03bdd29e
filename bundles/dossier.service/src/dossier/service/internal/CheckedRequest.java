package dossier.service.internal;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.casefile.HeldWorkspace;
import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.service.ServiceFailure;
import dossier.service.ServiceRequest;

/** A request that passed the gate. */
record CheckedRequest(String method, String path, byte[] body, HeldWorkspace held) implements ServiceRequest {

    @Override
    public JsonObject json() throws ServiceFailure {
        try {
            JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new ServiceFailure(400, "the body must be a JSON object");
            }
            return json.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new ServiceFailure(400, "the body is not JSON: " + e.getMessage());
        }
    }

    @Override
    public ResearchWorkspace workspace() {
        return held.workspace();
    }

    @Override
    public Intake.ModelThread modelThread() {
        return held.modelThread();
    }

    /** The string member {@code name} of {@code body}, or {@code fallback} if it has none. */
    static String string(JsonObject body, String name, String fallback) throws ServiceFailure {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ServiceFailure(400, "'" + name + "' must be a string");
        }
        return value.getAsString();
    }
}
