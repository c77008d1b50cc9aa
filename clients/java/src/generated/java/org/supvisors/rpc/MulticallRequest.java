// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a system.multicall.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class MulticallRequest {
    private final String methodName;
    private final List<Object> params;

    /**
     * Builds a value.
     *
     * @param methodName Full method name, e.g. 'supervisor.getState'.
     * @param params The call's parameters.
     */
    public MulticallRequest(String methodName, List<Object> params) {
        this.methodName = Objects.requireNonNull(methodName, "methodName");
        this.params = Wire.immutableList(params, "params");
    }

    /**
     * Full method name, e.g. 'supervisor.getState'.
     * <p>Wire name: {@code methodName}.
     */
    public String getMethodName() {
        return methodName;
    }

    /**
     * The call's parameters.
     * <p>Wire name: {@code params}.
     */
    public List<Object> getParams() {
        return params;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of MulticallRequest
     */
    public static MulticallRequest fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "MulticallRequest");
        return new MulticallRequest(
                Wire.field(struct, "methodName", where, "MulticallRequest", Wire::toStr),
                Wire.field(struct, "params", where, "MulticallRequest", (v0, w0) -> Wire.toList(v0, w0, Wire::toAny)));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("methodName", methodName);
        wire.put("params", Wire.encodeList(params, Wire::encodeAny));
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MulticallRequest)) {
            return false;
        }
        MulticallRequest that = (MulticallRequest) other;
        return Objects.equals(methodName, that.methodName)
                && Objects.equals(params, that.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(methodName, params);
    }

    @Override
    public String toString() {
        return "MulticallRequest{"
                + "methodName=" + methodName
                + ", params=" + params
                + "}";
    }
}
