// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A process running on more than one node.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class Conflict {
    private final String processName;
    private final String state;
    private final List<String> address;

    /**
     * Builds a value.
     *
     * @param processName Namespec of the process.
     * @param state State name of the process.
     * @param address All addresses where the process is running.
     */
    public Conflict(String processName, String state, List<String> address) {
        this.processName = Objects.requireNonNull(processName, "processName");
        this.state = Objects.requireNonNull(state, "state");
        this.address = Wire.immutableList(address, "address");
    }

    /**
     * Namespec of the process.
     * <p>Wire name: {@code process_name}.
     */
    public String getProcessName() {
        return processName;
    }

    /**
     * State name of the process.
     * <p>Wire name: {@code state}.
     */
    public String getState() {
        return state;
    }

    /**
     * All addresses where the process is running.
     * <p>Wire name: {@code address}.
     */
    public List<String> getAddress() {
        return address;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of Conflict
     */
    public static Conflict fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "Conflict");
        return new Conflict(
                Wire.field(struct, "process_name", where, "Conflict", Wire::toStr),
                Wire.field(struct, "state", where, "Conflict", Wire::toStr),
                Wire.field(struct, "address", where, "Conflict", (v0, w0) -> Wire.toList(v0, w0, Wire::toStr)));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("process_name", processName);
        wire.put("state", state);
        wire.put("address", Wire.encodeList(address, v0 -> v0));
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Conflict)) {
            return false;
        }
        Conflict that = (Conflict) other;
        return Objects.equals(processName, that.processName)
                && Objects.equals(state, that.state)
                && Objects.equals(address, that.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(processName, state, address);
    }

    @Override
    public String toString() {
        return "Conflict{"
                + "processName=" + processName
                + ", state=" + state
                + ", address=" + address
                + "}";
    }
}
