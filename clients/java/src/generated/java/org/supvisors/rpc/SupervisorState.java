// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * State of one supervisord.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class SupervisorState {
    private final SupervisorStates statecode;
    private final String statename;

    /**
     * Builds a value.
     *
     * @param statecode State code.
     * @param statename State name.
     */
    public SupervisorState(SupervisorStates statecode, String statename) {
        this.statecode = Objects.requireNonNull(statecode, "statecode");
        this.statename = Objects.requireNonNull(statename, "statename");
    }

    /**
     * State code.
     * <p>Wire name: {@code statecode}.
     */
    public SupervisorStates getStatecode() {
        return statecode;
    }

    /**
     * State name.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of SupervisorState
     */
    public static SupervisorState fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "SupervisorState");
        return new SupervisorState(
                Wire.field(struct, "statecode", where, "SupervisorState", SupervisorStates::fromWire),
                Wire.field(struct, "statename", where, "SupervisorState", Wire::toStr));
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
        if (!(other instanceof SupervisorState)) {
            return false;
        }
        SupervisorState that = (SupervisorState) other;
        return Objects.equals(statecode, that.statecode)
                && Objects.equals(statename, that.statename);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statecode, statename);
    }

    @Override
    public String toString() {
        return "SupervisorState{"
                + "statecode=" + statecode
                + ", statename=" + statename
                + "}";
    }
}
