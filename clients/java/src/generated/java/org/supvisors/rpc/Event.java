// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Map;

/**
 * A typed event of the event stream (spec/events.yaml): one class per topic,
 * {@link SupvisorsEvent}, {@link AddressEvent}, {@link ApplicationEvent}, {@link ProcessEvent}.
 */
public interface Event {
    /** The topic of the event, e.g. {@code "process"}. */
    String getTopic();

    /** The event body in its wire shape (the body struct's keys plus the topic's extra keys). */
    Map<String, Object> toWire();

    /** Calls the method of listener for this event's topic. */
    void dispatchTo(EventListener listener);
}
