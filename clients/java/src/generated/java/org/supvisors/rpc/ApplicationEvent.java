// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Topic {@code application} of the event stream: An application changed: published after the process events that changed it. An application that left the view (its last process was removed) is published once more, UNKNOWN, with `removed` true.
 *
 * <p>On the wire: a JSON object, the keys of {@link ApplicationInfo} (decoded as {@link #getBody()}) plus
 * {@code removed}. Unknown keys are ignored; a missing required
 * key or a value of the wrong type is a {@link DecodeException}.
 */
public final class ApplicationEvent implements Event {
    /** The topic frame of this event. */
    public static final String TOPIC = "application";

    private final ApplicationInfo body;
    private final Boolean removed;

    /**
     * Builds an event (optional keys may be null).
     *
     * @param body Information about one application.
     * @param removed True when the application left the view; absent otherwise. Optional: null if absent.
     */
    public ApplicationEvent(ApplicationInfo body, Boolean removed) {
        this.body = Objects.requireNonNull(body, "body");
        this.removed = removed;
    }

    @Override
    public String getTopic() {
        return TOPIC;
    }

    /** The body: Information about one application. */
    public ApplicationInfo getBody() {
        return body;
    }

    /**
     * True when the application left the view; absent otherwise.
     * <p>Wire name: {@code removed} (optional).
     */
    public Optional<Boolean> getRemoved() {
        return Optional.ofNullable(removed);
    }

    /**
     * Decodes a parsed JSON body found at where (e.g. "event application").
     *
     * @throws DecodeException if the value does not have the shape of ApplicationEvent
     */
    public static ApplicationEvent fromWire(Object value, String where) {
        ApplicationInfo body = ApplicationInfo.fromWire(value, where);
        Map<?, ?> struct = Wire.toStruct(value, where, "ApplicationEvent");
        return new ApplicationEvent(body,
                Wire.optionalField(struct, "removed", where, Wire::toBoolean));
    }

    @Override
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>(body.toWire());
        if (removed != null) {
            wire.put("removed", removed);
        }
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public void dispatchTo(EventListener listener) {
        listener.onApplication(this);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ApplicationEvent)) {
            return false;
        }
        ApplicationEvent that = (ApplicationEvent) other;
        return Objects.equals(body, that.body)
                && Objects.equals(removed, that.removed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, removed);
    }

    @Override
    public String toString() {
        return "ApplicationEvent{body=" + body + ", removed=" + removed + "}";
    }
}
