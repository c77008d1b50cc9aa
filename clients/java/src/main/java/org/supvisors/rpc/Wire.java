package org.supvisors.rpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Strict decoding of XML-RPC values into typed values, and encoding back, for the generated code.
 *
 * <p>Values come as Apache XML-RPC decodes them: Integer, Boolean, Double, String, Object[] for
 * arrays, Map for structs (a List is accepted for arrays too); a time of the spec (an Integer of
 * seconds since the epoch) becomes an {@link Instant}. Every decoder takes the value and
 * {@code where}, the place it comes from (e.g. "supervisor.getState: SupervisorState.statecode"),
 * and raises a {@link DecodeException} naming that place when the value does not fit; never a
 * ClassCastException and never a silent null. Unknown struct members are ignored.
 */
public final class Wire {

    /** Decodes one wire value found at {@code where}. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(Object value, String where);
    }

    private Wire() {
    }

    private static DecodeException fail(String where, String expected, Object value) {
        String got = value == null ? "nothing" : value.getClass().getSimpleName() + " " + abbreviate(value);
        return new DecodeException(where + ": expected " + expected + ", got " + got);
    }

    private static String abbreviate(Object value) {
        String text = value instanceof Object[] ? Arrays.deepToString((Object[]) value) : String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    // ---------------------------------------------------------------- scalars

    public static int toInt(Object value, String where) {
        if (!(value instanceof Integer)) {
            throw fail(where, "int", value);
        }
        return (Integer) value;
    }

    public static boolean toBoolean(Object value, String where) {
        if (!(value instanceof Boolean)) {
            throw fail(where, "boolean", value);
        }
        return (Boolean) value;
    }

    /** A double; an int is accepted too (XML-RPC writers may send an integral double as int). */
    public static double toDouble(Object value, String where) {
        if (value instanceof Double) {
            return (Double) value;
        }
        if (value instanceof Integer) {
            return (Integer) value;
        }
        throw fail(where, "double", value);
    }

    /**
     * A time of the spec: int seconds since the epoch on the wire (0, the epoch itself, means never),
     * as an Instant. A double or a boolean is refused, as by {@link #toInt}.
     */
    public static Instant toTime(Object value, String where) {
        if (!(value instanceof Integer)) {
            throw fail(where, "int (seconds since the epoch)", value);
        }
        return Instant.ofEpochSecond((Integer) value);
    }

    public static String toStr(Object value, String where) {
        if (!(value instanceof String)) {
            throw fail(where, "string", value);
        }
        return (String) value;
    }

    /**
     * Any value, made immutable and comparable: arrays become unmodifiable {@code List<Object>},
     * structs unmodifiable {@code Map<String, Object>}; scalars are kept as they are.
     */
    public static Object toAny(Object value, String where) {
        if (value == null) {
            throw fail(where, "a value", null);
        }
        if (value instanceof Object[] || value instanceof List) {
            List<?> items = value instanceof Object[] ? Arrays.asList((Object[]) value) : (List<?>) value;
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(toAny(items.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, toAny(e.getValue(), where + "." + key));
            }
            return Collections.unmodifiableMap(out);
        }
        return value;
    }

    // ---------------------------------------------------------------- containers

    /** An array whose items are decoded by item; the result is unmodifiable. */
    public static <T> List<T> toList(Object value, String where, Decoder<T> item) {
        List<?> items = arrayItems(value, where, "array");
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(item.decode(items.get(i), where + "[" + i + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    private static List<?> arrayItems(Object value, String where, String expected) {
        if (value instanceof Object[]) {
            return Arrays.asList((Object[]) value);
        }
        if (value instanceof List) {
            return (List<?>) value;
        }
        throw fail(where, expected, value);
    }

    /** A struct (the members of a spec struct with wire "struct"). */
    public static Map<?, ?> toStruct(Object value, String where, String structName) {
        if (!(value instanceof Map)) {
            throw fail(where, "struct " + structName, value);
        }
        return (Map<?, ?>) value;
    }

    /** A positional array of exactly size items (a spec struct with wire "array"). */
    public static List<?> toTuple(Object value, String where, String structName, int size) {
        List<?> items = arrayItems(value, where, "array of " + size + " items (" + structName + ")");
        if (items.size() != size) {
            throw new DecodeException(where + ": expected an array of " + size + " items (" + structName
                    + "), got " + items.size() + " items");
        }
        return items;
    }

    /** A required struct member, decoded. */
    public static <T> T field(Map<?, ?> struct, String name, String where, String structName, Decoder<T> decoder) {
        if (!struct.containsKey(name)) {
            throw new DecodeException(where + ": missing field '" + name + "' of " + structName);
        }
        return decoder.decode(struct.get(name), where + "." + name);
    }

    /** An optional struct member, decoded, or null when absent. */
    public static <T> T optionalField(Map<?, ?> struct, String name, String where, Decoder<T> decoder) {
        if (!struct.containsKey(name)) {
            return null;
        }
        return decoder.decode(struct.get(name), where + "." + name);
    }

    // ---------------------------------------------------------------- encoding

    /** Encodes every item of list; null lists and items are refused (XML-RPC has no nil). */
    public static <T> List<Object> encodeList(List<T> list, Function<? super T, Object> item) {
        Objects.requireNonNull(list, "list");
        List<Object> out = new ArrayList<>(list.size());
        for (T value : list) {
            out.add(item.apply(Objects.requireNonNull(value, "list item")));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Encodes a time of the spec: the whole seconds since the epoch (rounded down) as an int.
     *
     * @throws IllegalArgumentException if the instant is outside the 32-bit range of XML-RPC ints
     */
    public static Integer encodeTime(Instant value) {
        long seconds = Objects.requireNonNull(value, "XML-RPC has no nil value").getEpochSecond();
        if (seconds < Integer.MIN_VALUE || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(value + " does not fit an XML-RPC 32-bit int of seconds");
        }
        return (int) seconds;
    }

    /** Encodes a value of type any: kept as it is, but XML-RPC has no nil. */
    public static Object encodeAny(Object value) {
        return Objects.requireNonNull(value, "XML-RPC has no nil value");
    }

    /** Copies a list into an unmodifiable one; refuses null lists and items. */
    public static <T> List<T> immutableList(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        return List.copyOf(list);
    }
}
