package org.supvisors.rpc.testee;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supvisors.rpc.Event;
import org.supvisors.rpc.EventSubscriber;
import org.supvisors.rpc.TransportException;

/**
 * The testee's event calls (tests/PROTOCOL.md, "Events"), through the typed {@link EventSubscriber}:
 * {@code events.subscribe [host, port, topics]}, {@code events.next [timeout_ms]} (the next event as
 * {@code {"topic", "body"}} in the wire shape, or null after the timeout), {@code events.close []}.
 */
final class EventCalls implements AutoCloseable {
    /** events.subscribe waits this long for the connection to the node. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private EventSubscriber subscriber;

    /** True if method is one of the event calls. */
    static boolean handles(String method) {
        return method.startsWith("events.");
    }

    Object invoke(String method, Object[] params) {
        switch (method) {
            case "events.subscribe":
                return subscribe(params);
            case "events.next":
                if (params.length != 1 || !(params[0] instanceof Integer) || (Integer) params[0] < 0) {
                    throw new RequestException("events.next: params are [timeout_ms]");
                }
                if (subscriber == null) {
                    throw new RequestException("events.next before events.subscribe");
                }
                Optional<Event> event = subscriber.next(Duration.ofMillis((Integer) params[0]));
                if (event.isEmpty()) {
                    return null;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("topic", event.get().getTopic());
                out.put("body", event.get().toWire());
                return out;
            case "events.close":
                close();
                return true;
            default:
                throw new RequestException("unknown method " + method);
        }
    }

    private Object subscribe(Object[] params) {
        if (params.length != 3 || !(params[0] instanceof String) || !(params[1] instanceof Integer)
                || !(params[2] instanceof Object[])) {
            throw new RequestException("events.subscribe: params are [host, port, topics]");
        }
        List<String> topics = new ArrayList<>();
        for (Object topic : (Object[]) params[2]) {
            if (!(topic instanceof String)) {
                throw new RequestException("events.subscribe: topics are strings");
            }
            topics.add((String) topic);
        }
        close();
        subscriber = new EventSubscriber((String) params[0], (Integer) params[1], topics);
        if (!subscriber.waitConnected(CONNECT_TIMEOUT)) {
            String endpoint = subscriber.getEndpoint();
            close();
            throw new TransportException("no connection to " + endpoint + " within " + CONNECT_TIMEOUT, null);
        }
        return true;
    }

    @Override
    public void close() {
        if (subscriber != null) {
            subscriber.close();
            subscriber = null;
        }
    }
}
