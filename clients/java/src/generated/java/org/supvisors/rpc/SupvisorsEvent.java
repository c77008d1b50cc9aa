// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Topic {@code supvisors} of the event stream: The Supvisors state or the master of the publishing node changed.
 *
 * <p>On the wire: a JSON object, the keys of {@link SupvisorsState} (decoded as {@link #getBody()}) plus
 * {@code master}. Unknown keys are ignored; a missing required
 * key or a value of the wrong type is a {@link DecodeException}.
 */
public final class SupvisorsEvent implements Event {
    /** The topic frame of this event. */
    public static final String TOPIC = "supvisors";

    private final SupvisorsState body;
    private final String master;

    /**
     * Builds an event.
     *
     * @param body State of Supvisors.
     * @param master Address of the master node; empty while no master is elected.
     */
    public SupvisorsEvent(SupvisorsState body, String master) {
        this.body = Objects.requireNonNull(body, "body");
        this.master = Objects.requireNonNull(master, "master");
    }

    @Override
    public String getTopic() {
        return TOPIC;
    }

    /** The body: State of Supvisors. */
    public SupvisorsState getBody() {
        return body;
    }

    /**
     * Address of the master node; empty while no master is elected.
     * <p>Wire name: {@code master}.
     */
    public String getMaster() {
        return master;
    }

    /**
     * Decodes a parsed JSON body found at where (e.g. "event supvisors").
     *
     * @throws DecodeException if the value does not have the shape of SupvisorsEvent
     */
    public static SupvisorsEvent fromWire(Object value, String where) {
        SupvisorsState body = SupvisorsState.fromWire(value, where);
        Map<?, ?> struct = Wire.toStruct(value, where, "SupvisorsEvent");
        return new SupvisorsEvent(body,
                Wire.field(struct, "master", where, "SupvisorsEvent", Wire::toStr));
    }

    @Override
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>(body.toWire());
        wire.put("master", master);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public void dispatchTo(EventListener listener) {
        listener.onSupvisors(this);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SupvisorsEvent)) {
            return false;
        }
        SupvisorsEvent that = (SupvisorsEvent) other;
        return Objects.equals(body, that.body)
                && Objects.equals(master, that.master);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, master);
    }

    @Override
    public String toString() {
        return "SupvisorsEvent{body=" + body + ", master=" + master + "}";
    }
}
