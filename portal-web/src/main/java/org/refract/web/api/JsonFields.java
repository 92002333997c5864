package org.refract.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.refract.service.shared.FieldErrors;

/**
 * Reads typed fields from a JSON object and records a clear error under the field's path when a value has the
 * wrong type, so that a bad request names every offending field.
 */
public final class JsonFields {

    private final JsonObject json;
    private final String path;
    private final FieldErrors errors;

    public JsonFields(JsonObject json, String path, FieldErrors errors) {
        this.json = json;
        this.path = path;
        this.errors = errors;
    }

    public String field(String name) {
        return FieldErrors.join(path, name);
    }

    public boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    public String string(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.add(field(name), "Must be a string.");
        return null;
    }

    public Integer integer(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(field(name), "Number out of range.");
                return null;
            }
        }
        errors.add(field(name), "Must be a whole number.");
        return null;
    }

    public Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        errors.add(field(name), "Must be true, false or null.");
        return null;
    }

    /** A date as YYYY-MM-DD. */
    public LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field(name), "Malformed date '" + text + "': use YYYY-MM-DD.");
            return null;
        }
    }

    /** A measured value: a number, a value-set code as a string, or true/false for a test result. */
    public Object measurement(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value == JsonValue.TRUE) {
            return BigDecimal.ONE;
        }
        if (value == JsonValue.FALSE) {
            return BigDecimal.ZERO;
        }
        errors.add(field(name), "Must be a number or a string.");
        return null;
    }

    public JsonObject object(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonObject o) {
            return o;
        }
        errors.add(field(name), "Must be an object.");
        return null;
    }

    /**
     * The objects of an array, by position; a missing array is empty; a member that is not an object is reported
     * and comes back as null, so that the positions of the others stay right.
     */
    public List<JsonObject> objects(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonValue value = json.get(name);
        if (!(value instanceof JsonArray array)) {
            errors.add(field(name), "Must be an array.");
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject)) {
                errors.add(field(name) + "[" + i + "]", "Must be an object.");
            }
        }
        return array.stream().map(v -> v instanceof JsonObject o ? o : null).toList();
    }

    /** The strings of an array; a missing array is empty; a member that is not a string is reported. */
    public List<String> strings(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonValue value = json.get(name);
        if (!(value instanceof JsonArray array)) {
            errors.add(field(name), "Must be an array of strings.");
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString)) {
                errors.add(field(name) + "[" + i + "]", "Must be a string.");
            }
        }
        return array.stream()
                .filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
