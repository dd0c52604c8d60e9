package org.newsroom.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading members of a request's JSON object with their types checked: a wrong type is an
 * {@link InvalidInput} naming the member ("version must be a whole number"), never a ClassCastException.
 * An absent member and JSON null both read as null (or an empty list).
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** The body itself: it must be a JSON object (an empty body, an array or a bare string is not). */
    public static JsonObject object(JsonObject body) {
        if (body == null) {
            throw new InvalidInput(null, "Send a JSON object as the request body, e.g. {\"title\": \"…\"}.");
        }
        return body;
    }

    public static String string(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInput(member, member + " must be a string, not " + describe(value) + ".");
    }

    public static Long wholeNumber(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new InvalidInput(member, member + " is too large.");
            }
        }
        throw new InvalidInput(member, member + " must be a whole number, not " + describe(value) + ".");
    }

    public static List<String> strings(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput(member, member + " must be a list of strings, not " + describe(value) + ".");
        }
        List<String> strings = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new InvalidInput(member, member + " must be a list of strings; it holds " + describe(item) + ".");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
