// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Topic {@code process} of the event stream: A process changed state, or where it runs, on any node of the cluster. `address` names the node where the change happened (`addresses` is empty once the process is stopped, so it is the only way to tell which node stopped). A process that left the view (no node reports it any more) is published once more, UNKNOWN, with no address in `addresses` and `removed` true.
 *
 * <p>On the wire: a JSON object, the keys of {@link SupvisorsProcessInfo} (decoded as {@link #getBody()}) plus
 * {@code address}, {@code removed}. Unknown keys are ignored; a missing required
 * key or a value of the wrong type is a {@link DecodeException}.
 */
public final class ProcessEvent implements Event {
    /** The topic frame of this event. */
    public static final String TOPIC = "process";

    private final SupvisorsProcessInfo body;
    private final String address;
    private final Boolean removed;

    /**
     * Builds an event (optional keys may be null).
     *
     * @param body Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress.
     * @param address The node where the change happened: the node whose report (a process event or a snapshot) changed the process, the node that was lost (its processes become UNKNOWN), or the node that marked the process (a start that failed, a stop that timed out).
     * @param removed True when the process left the view; absent otherwise. Optional: null if absent.
     */
    public ProcessEvent(SupvisorsProcessInfo body, String address, Boolean removed) {
        this.body = Objects.requireNonNull(body, "body");
        this.address = Objects.requireNonNull(address, "address");
        this.removed = removed;
    }

    @Override
    public String getTopic() {
        return TOPIC;
    }

    /** The body: Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress. */
    public SupvisorsProcessInfo getBody() {
        return body;
    }

    /**
     * The node where the change happened: the node whose report (a process event or a snapshot) changed the process, the node that was lost (its processes become UNKNOWN), or the node that marked the process (a start that failed, a stop that timed out).
     * <p>Wire name: {@code address}.
     */
    public String getAddress() {
        return address;
    }

    /**
     * True when the process left the view; absent otherwise.
     * <p>Wire name: {@code removed} (optional).
     */
    public Optional<Boolean> getRemoved() {
        return Optional.ofNullable(removed);
    }

    /**
     * Decodes a parsed JSON body found at where (e.g. "event process").
     *
     * @throws DecodeException if the value does not have the shape of ProcessEvent
     */
    public static ProcessEvent fromWire(Object value, String where) {
        SupvisorsProcessInfo body = SupvisorsProcessInfo.fromWire(value, where);
        Map<?, ?> struct = Wire.toStruct(value, where, "ProcessEvent");
        return new ProcessEvent(body,
                Wire.field(struct, "address", where, "ProcessEvent", Wire::toStr),
                Wire.optionalField(struct, "removed", where, Wire::toBoolean));
    }

    @Override
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>(body.toWire());
        wire.put("address", address);
        if (removed != null) {
            wire.put("removed", removed);
        }
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public void dispatchTo(EventListener listener) {
        listener.onProcess(this);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcessEvent)) {
            return false;
        }
        ProcessEvent that = (ProcessEvent) other;
        return Objects.equals(body, that.body)
                && Objects.equals(address, that.address)
                && Objects.equals(removed, that.removed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, address, removed);
    }

    @Override
    public String toString() {
        return "ProcessEvent{body=" + body + ", address=" + address + ", removed=" + removed + "}";
    }
}
