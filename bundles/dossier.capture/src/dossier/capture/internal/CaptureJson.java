package dossier.capture.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dossier.capture.BrowserCapture.Filing;
import dossier.capture.BrowserCapture.Page;
import dossier.capture.BrowserCapture.Selection;
import dossier.service.ServiceFailure;

/** The extension's capture requests read from their JSON bodies; a field of the wrong kind is answered 400. */
final class CaptureJson {

    private CaptureJson() {
    }

    static Page page(JsonObject body) throws ServiceFailure {
        String capturedAt = string(body, "capturedAt");
        Instant at;
        try {
            at = capturedAt == null || capturedAt.isBlank() ? null : Instant.parse(capturedAt);
        } catch (DateTimeParseException e) {
            throw new ServiceFailure(400, "capturedAt is not an ISO-8601 time: " + capturedAt);
        }
        return new Page(string(body, "url"), string(body, "title"), string(body, "html"), at);
    }

    static Filing filing(JsonObject body) throws ServiceFailure {
        List<String> tags = new ArrayList<>();
        JsonElement given = body.get("tags");
        if (given != null && !given.isJsonNull()) {
            if (!given.isJsonArray()) {
                throw new ServiceFailure(400, "tags must be a list of tag paths");
            }
            for (JsonElement tag : (JsonArray) given) {
                if (!tag.isJsonPrimitive() || !tag.getAsJsonPrimitive().isString()) {
                    throw new ServiceFailure(400, "tags must be a list of tag paths");
                }
                tags.add(tag.getAsString());
            }
        }
        return new Filing(string(body, "caseFile"), tags, string(body, "note"));
    }

    static Selection selection(JsonObject body) throws ServiceFailure {
        return new Selection(string(body, "exact"), string(body, "prefix"), string(body, "suffix"));
    }

    /** The string field {@code name}, or null if absent. */
    private static String string(JsonObject body, String name) throws ServiceFailure {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ServiceFailure(400, name + " must be a string");
        }
        return value.getAsString();
    }
}
