// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * State of Supvisors.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class SupvisorsState {
    private final SupvisorsStates statecode;
    private final String statename;

    /**
     * Builds a value.
     *
     * @param statecode The state of Supvisors.
     * @param statename The state of Supvisors as a string.
     */
    public SupvisorsState(SupvisorsStates statecode, String statename) {
        this.statecode = Objects.requireNonNull(statecode, "statecode");
        this.statename = Objects.requireNonNull(statename, "statename");
    }

    /**
     * The state of Supvisors. Range: [0;6].
     * <p>Wire name: {@code statecode}.
     */
    public SupvisorsStates getStatecode() {
        return statecode;
    }

    /**
     * The state of Supvisors as a string.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of SupvisorsState
     */
    public static SupvisorsState fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "SupvisorsState");
        return new SupvisorsState(
                Wire.field(struct, "statecode", where, "SupvisorsState", SupvisorsStates::fromWire),
                Wire.field(struct, "statename", where, "SupvisorsState", Wire::toStr));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("statecode", statecode.getCode());
        wire.put("statename", statename);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SupvisorsState)) {
            return false;
        }
        SupvisorsState that = (SupvisorsState) other;
        return Objects.equals(statecode, that.statecode)
                && Objects.equals(statename, that.statename);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statecode, statename);
    }

    @Override
    public String toString() {
        return "SupvisorsState{"
                + "statecode=" + statecode
                + ", statename=" + statename
                + "}";
    }
}
