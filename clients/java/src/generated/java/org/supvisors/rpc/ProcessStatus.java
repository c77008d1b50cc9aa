// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Result of one process in a group operation (startProcessGroup, stopAllProcesses, ...).
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class ProcessStatus {
    private final String name;
    private final String group;
    private final int status;
    private final String description;

    /**
     * Builds a value.
     *
     * @param name Program name.
     * @param group Group name.
     * @param status A fault code; SUCCESS (80) when the operation succeeded.
     * @param description 'OK', or the text of the fault.
     */
    public ProcessStatus(String name, String group, int status, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.group = Objects.requireNonNull(group, "group");
        this.status = status;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Program name.
     * <p>Wire name: {@code name}.
     */
    public String getName() {
        return name;
    }

    /**
     * Group name.
     * <p>Wire name: {@code group}.
     */
    public String getGroup() {
        return group;
    }

    /**
     * A fault code; SUCCESS (80) when the operation succeeded.
     * <p>Wire name: {@code status}.
     */
    public int getStatus() {
        return status;
    }

    /**
     * 'OK', or the text of the fault.
     * <p>Wire name: {@code description}.
     */
    public String getDescription() {
        return description;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ProcessStatus
     */
    public static ProcessStatus fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "ProcessStatus");
        return new ProcessStatus(
                Wire.field(struct, "name", where, "ProcessStatus", Wire::toStr),
                Wire.field(struct, "group", where, "ProcessStatus", Wire::toStr),
                Wire.field(struct, "status", where, "ProcessStatus", Wire::toInt),
                Wire.field(struct, "description", where, "ProcessStatus", Wire::toStr));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("name", name);
        wire.put("group", group);
        wire.put("status", status);
        wire.put("description", description);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcessStatus)) {
            return false;
        }
        ProcessStatus that = (ProcessStatus) other;
        return Objects.equals(name, that.name)
                && Objects.equals(group, that.group)
                && Objects.equals(status, that.status)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, group, status, description);
    }

    @Override
    public String toString() {
        return "ProcessStatus{"
                + "name=" + name
                + ", group=" + group
                + ", status=" + status
                + ", description=" + description
                + "}";
    }
}
