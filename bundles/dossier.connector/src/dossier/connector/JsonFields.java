package dossier.connector;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.connector.http.FetchResponse;

/** Lenient reading of the JSON answers of social-media APIs: absent or null members and unparsable dates are empty. */
public final class JsonFields {

    private JsonFields() {
    }

    /** A member as text, empty when absent or JSON null. */
    public static Optional<String> string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }

    /** A member as a count (a JSON number or a number in a string), null when absent, null, negative or not one. */
    public static Long count(JsonObject object, String member) {
        JsonElement value = object.get(member);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        try {
            long count = value.getAsBigDecimal().longValueExact();
            return count < 0 ? null : count;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** An ISO-8601 instant, or null when the text is not one. */
    public static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The JSON of an API's answer; {@code api} names it in the one-line message about anything else. */
    public static JsonElement parse(FetchResponse response, String api) throws ConnectorException {
        if (!response.mediaType().contains("json")) {
            throw new ConnectorException(response.uri() + ": expected JSON from " + api + ", got "
                    + (response.mediaType().isEmpty() ? "no content type" : response.mediaType()));
        }
        try {
            return JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new ConnectorException(response.uri() + ": the JSON is broken (" + e.getMessage() + ")");
        }
    }
}
