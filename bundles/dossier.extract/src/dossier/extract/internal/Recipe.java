package dossier.extract.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The recipe a page declares (schema.org {@code Recipe} in JSON-LD): its ingredients and its steps, each as the
 * page shows them (markup and entities read as text).
 */
public record Recipe(List<String> ingredients, List<String> steps) {

    static final Recipe NONE = new Recipe(List.of(), List.of());

    /** The first recipe among the page's JSON-LD objects. */
    static Recipe of(List<JsonObject> objects) {
        for (JsonObject object : objects) {
            if (Metadata.types(object).contains("Recipe")) {
                List<String> ingredients = new ArrayList<>();
                texts(object.get("recipeIngredient"), ingredients, 0);
                List<String> steps = new ArrayList<>();
                texts(object.get("recipeInstructions"), steps, 0);
                return new Recipe(ingredients, steps);
            }
        }
        return NONE;
    }

    /** The texts of a string, an array, a step ({@code text}) or a section of steps ({@code itemListElement}). */
    private static void texts(JsonElement value, List<String> into, int depth) {
        if (value == null || depth > 4) {
            return;
        }
        if (value instanceof JsonPrimitive primitive && primitive.isString()) {
            for (String line : Jsoup.parseBodyFragment(primitive.getAsString()).wholeText().split("\\s*\\n\\s*")) {
                if (!line.isBlank()) {
                    into.add(line.strip());
                }
            }
        } else if (value instanceof JsonArray array) {
            for (JsonElement e : array) {
                texts(e, into, depth + 1);
            }
        } else if (value instanceof JsonObject object) {
            texts(object.has("itemListElement") ? object.get("itemListElement") : object.get("text"), into,
                    depth + 1);
        }
    }

    /** The steps as one text, a line each. */
    public String stepsText() {
        return String.join("\n", steps);
    }
}
