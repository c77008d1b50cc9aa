// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Topic {@code address} of the event stream: A node changed state (e.g. RUNNING, then SILENT when it stops answering).
 *
 * <p>On the wire: a JSON object, the keys of {@link AddressInfo} (decoded as {@link #getBody()}). Unknown keys are ignored; a missing required
 * key or a value of the wrong type is a {@link DecodeException}.
 */
public final class AddressEvent implements Event {
    /** The topic frame of this event. */
    public static final String TOPIC = "address";

    private final AddressInfo body;

    /**
     * Builds an event.
     *
     * @param body Information about one Supvisors node.
     */
    public AddressEvent(AddressInfo body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    @Override
    public String getTopic() {
        return TOPIC;
    }

    /** The body: Information about one Supvisors node. */
    public AddressInfo getBody() {
        return body;
    }

    /**
     * Decodes a parsed JSON body found at where (e.g. "event address").
     *
     * @throws DecodeException if the value does not have the shape of AddressEvent
     */
    public static AddressEvent fromWire(Object value, String where) {
        AddressInfo body = AddressInfo.fromWire(value, where);
        return new AddressEvent(body);
    }

    @Override
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>(body.toWire());
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public void dispatchTo(EventListener listener) {
        listener.onAddress(this);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AddressEvent)) {
            return false;
        }
        AddressEvent that = (AddressEvent) other;
        return Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body);
    }

    @Override
    public String toString() {
        return "AddressEvent{body=" + body + "}";
    }
}
