package dossier.service;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** What a route answers: an HTTP status and a JSON body. */
public record ServiceReply(int status, JsonElement json) {

    private static final Gson GSON = new Gson();

    /** 200 with {@code value} (a record, map, list or JSON element) as JSON. */
    public static ServiceReply ok(Object value) {
        return new ServiceReply(200, value instanceof JsonElement element ? element : GSON.toJsonTree(value));
    }

    /** {@code status} with {@code {"error": message}}. */
    public static ServiceReply error(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("error", message);
        return new ServiceReply(status, body);
    }
}
