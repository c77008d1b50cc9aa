package org.supvisors.rpc.testee;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * JSON <-> wire values (the values that Apache XML-RPC reads and writes: Integer, Double, Boolean,
 * String, Object[] / List for arrays, Map for structs).
 */
final class JsonWire {
    private JsonWire() {
    }

    /** A JSON value as a wire value: integral numbers that fit 32 bits become Integer, others Double. */
    static Object toWire(JsonElement json, String where) {
        if (json == null || json.isJsonNull()) {
            throw new RequestException(where + ": null is not an XML-RPC value");
        }
        if (json.isJsonArray()) {
            JsonArray array = json.getAsJsonArray();
            Object[] out = new Object[array.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toWire(array.get(i), where + "[" + i + "]");
            }
            return out;
        }
        if (json.isJsonObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
                out.put(e.getKey(), toWire(e.getValue(), where + "." + e.getKey()));
            }
            return out;
        }
        JsonPrimitive primitive = json.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isString()) {
            return primitive.getAsString();
        }
        BigDecimal number = primitive.getAsBigDecimal();
        String text = primitive.getAsString();
        boolean integral = !text.contains(".") && !text.contains("e") && !text.contains("E");
        if (integral) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new RequestException(where + ": " + text + " does not fit an XML-RPC 32-bit int");
            }
        }
        return number.doubleValue();
    }

    /** A wire value (as the typed API encodes it) as JSON. */
    static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean) {
            return new JsonPrimitive((Boolean) value);
        }
        if (value instanceof Number) {
            return new JsonPrimitive((Number) value);
        }
        if (value instanceof String) {
            return new JsonPrimitive((String) value);
        }
        if (value instanceof byte[]) {
            return new JsonPrimitive(Base64.getEncoder().encodeToString((byte[]) value));
        }
        if (value instanceof Date) {
            return new JsonPrimitive(((Date) value).toInstant().toString());
        }
        if (value instanceof Object[]) {
            value = List.of((Object[]) value);
        }
        if (value instanceof List) {
            JsonArray array = new JsonArray();
            for (Object item : (List<?>) value) {
                array.add(toJson(item));
            }
            return array;
        }
        if (value instanceof Map) {
            JsonObject object = new JsonObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                object.add(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return object;
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
}
