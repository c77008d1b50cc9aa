// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The event stream of spec/events.yaml: its topics and the decoding of one message (topic frame,
 * JSON body frame) into its typed event. The socket plumbing is {@link EventSubscriber}.
 */
public final class Events {
    /** Every topic of the stream, in the spec's order. No topic is a prefix of another. */
    public static final List<String> TOPICS = List.of("supvisors", "address", "application", "process");

    private Events() {
    }

    /**
     * The typed event of one message.
     *
     * @throws DecodeException for an unknown topic, a body that is not UTF-8 JSON, or a JSON body
     *     that does not fit the topic's struct
     */
    public static Event decode(byte[] topic, byte[] body) {
        String name = utf8(topic, "event topic");
        String where = "event " + name;
        Object value = Json.parse(utf8(body, where), where);
        switch (name) {
            case SupvisorsEvent.TOPIC:
                return SupvisorsEvent.fromWire(value, where);
            case AddressEvent.TOPIC:
                return AddressEvent.fromWire(value, where);
            case ApplicationEvent.TOPIC:
                return ApplicationEvent.fromWire(value, where);
            case ProcessEvent.TOPIC:
                return ProcessEvent.fromWire(value, where);
            default:
                throw new DecodeException("unknown event topic '" + name + "' (known: " + String.join(", ", TOPICS) + ")");
        }
    }

    private static String utf8(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodeException(where + ": not UTF-8", e);
        }
    }
}
