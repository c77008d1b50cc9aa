package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Typed events: strict decoding of each topic, and the subscriber against a local PUB socket. */
class EventsTest {
    static final String PROCESS = "{\"application_name\": \"demo\", \"process_name\": \"ticker\", \"statecode\": 0,"
            + " \"statename\": \"STOPPED\", \"addresses\": [], \"expected_exit\": true,"
            + " \"last_event_time\": 1700000000, \"address\": \"10.0.0.2\"}";
    static final String ADDRESS = "{\"address_name\": \"10.0.0.3\", \"statecode\": 3, \"statename\": \"SILENT\","
            + " \"remote_time\": 1700000000, \"local_time\": 1700000001, \"loading\": 0}";
    static final String APPLICATION = "{\"application_name\": \"demo\", \"statecode\": 0, \"statename\": \"UNKNOWN\","
            + " \"major_failure\": false, \"minor_failure\": false, \"removed\": true}";
    static final String SUPVISORS = "{\"statecode\": 3, \"statename\": \"CONCILIATION\", \"master\": \"10.0.0.1\"}";

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void topicsAreTheSpecs() {
        assertEquals(List.of("supvisors", "address", "application", "process"), Events.TOPICS);
    }

    @Test
    void eachTopicDecodesIntoItsTypedEvent() {
        ProcessEvent process = assertInstanceOf(ProcessEvent.class, Events.decode(utf8("process"), utf8(PROCESS)));
        assertEquals("process", process.getTopic());
        assertEquals(ProcessStates.STOPPED, process.getBody().getStatecode());
        assertEquals(List.of(), process.getBody().getAddresses());
        assertEquals("10.0.0.2", process.getAddress());
        assertEquals(Optional.empty(), process.getRemoved());
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), process.getBody().getLastEventTime());
        assertEquals(process, ProcessEvent.fromWire(process.toWire(), "t")); // the wire shape survives
        assertEquals("10.0.0.2", process.toWire().get("address"));
        AddressEvent address = assertInstanceOf(AddressEvent.class, Events.decode(utf8("address"), utf8(ADDRESS)));
        assertEquals(AddressStates.SILENT, address.getBody().getStatecode());
        ApplicationEvent application = assertInstanceOf(ApplicationEvent.class,
                Events.decode(utf8("application"), utf8(APPLICATION)));
        assertEquals(Optional.of(true), application.getRemoved());
        assertEquals(Json.parse(APPLICATION, "t"), application.toWire());
        SupvisorsEvent state = assertInstanceOf(SupvisorsEvent.class, Events.decode(utf8("supvisors"), utf8(SUPVISORS)));
        assertEquals(SupvisorsStates.CONCILIATION, state.getBody().getStatecode());
        assertEquals("10.0.0.1", state.getMaster());
        List<String> seen = new ArrayList<>();
        state.dispatchTo(new EventListener() {
            @Override
            public void onSupvisors(SupvisorsEvent event) {
                seen.add(event.getMaster());
            }
        });
        assertEquals(List.of("10.0.0.1"), seen);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nope | {} | unknown event topic 'nope'",
        "process | {not json | not JSON",
        "process | {\"a\": 1} x | trailing data",
        "process | {\"a\": 1, \"a\": 2} | duplicate key",
        "supvisors | {\"statecode\": NaN, \"statename\": \"x\", \"master\": \"\"} | not JSON",
        "process | [] | expected struct SupvisorsProcessInfo",
        "supvisors | {\"statecode\": 2, \"statename\": \"OPERATION\"} | missing",
        "supvisors | {\"statecode\": 2.0, \"statename\": \"OPERATION\", \"master\": \"\"} | expected int",
        "supvisors | {\"statecode\": 4294967296, \"statename\": \"OPERATION\", \"master\": \"\"} | expected int",
        "supvisors | {\"statecode\": 9, \"statename\": \"OPERATION\", \"master\": \"\"} | 9",
        "supvisors | {\"statecode\": 2, \"statename\": \"OPERATION\", \"master\": 7} | event supvisors.master",
    })
    void aMalformedEventIsADecodeException(String topic, String body, String message) {
        DecodeException e = assertThrows(DecodeException.class, () -> Events.decode(utf8(topic), utf8(body)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aBodyThatIsNotUtf8IsADecodeException() {
        assertThrows(DecodeException.class, () -> Events.decode(utf8("process"), new byte[] {(byte) 0xff, 0x7b}));
        assertThrows(DecodeException.class, () -> Events.decode(new byte[] {(byte) 0xff}, utf8(SUPVISORS)));
    }

    @Test
    void jsonStringsAndNumbers() {
        assertEquals("a\"\u00e9\ud83d\ude00\n", Json.parse("\"a\\\"\\u00e9\\ud83d\\ude00\\n\"", "t"));
        assertEquals(-12, Json.parse(" -12 ", "t"));
        assertEquals(1.5e3, Json.parse("1.5e3", "t"));
        Map<?, ?> parsed = assertInstanceOf(Map.class, Json.parse("{\"k\": [true, null]}", "t"));
        assertEquals(List.of(true), List.of(((Object[]) parsed.get("k"))[0]));
        assertThrows(DecodeException.class, () -> Json.parse("\"\\ud83d\"", "t"));
        assertThrows(DecodeException.class, () -> Json.parse("01", "t"));
        assertThrows(DecodeException.class, () -> Json.parse("-", "t"));
        assertThrows(DecodeException.class, () -> Json.parse("[1,]", "t"));
    }

    // ------------------------------------------------------------ the subscriber, on a local PUB socket

    /** Publishes frames until the subscriber gets an event (its subscription may take a moment). */
    static Event untilReceived(EventSubscriber sub, ZMQ.Socket pub, String topic, String body) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            pub.sendMore(topic);
            pub.send(body);
            Optional<Event> event = sub.next(Duration.ofMillis(50));
            if (event.isPresent()) {
                return event.get();
            }
        }
        throw new AssertionError("no event came through");
    }

    static void drain(EventSubscriber sub) {
        while (sub.next(Duration.ofMillis(50)).isPresent()) {
            // the repeats of untilReceived
        }
    }

    @Test
    void theSubscriberGetsTypedEventsOfItsTopicsAndGoesOnAfterAMalformedOne() {
        try (ZContext ctx = new ZContext()) {
            ZMQ.Socket pub = ctx.createSocket(SocketType.PUB);
            int port = pub.bindToRandomPort("tcp://127.0.0.1");
            try (EventSubscriber sub = new EventSubscriber("127.0.0.1", port, List.of("process", "supvisors"))) {
                assertTrue(sub.waitConnected(Duration.ofSeconds(5)));
                ProcessEvent event = assertInstanceOf(ProcessEvent.class, untilReceived(sub, pub, "process", PROCESS));
                assertEquals("10.0.0.2", event.getAddress());
                drain(sub);
                pub.sendMore("address"); // not subscribed
                pub.send(ADDRESS);
                pub.sendMore("process");
                pub.send("{broken");
                DecodeException e = assertThrows(DecodeException.class, () -> sub.next(Duration.ofSeconds(5)));
                assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
                pub.sendMore("process");
                pub.sendMore("{}");
                pub.send("third");
                assertThrows(DecodeException.class, () -> sub.next(Duration.ofSeconds(5)));
                pub.sendMore("supvisors");
                pub.send(SUPVISORS);
                assertInstanceOf(SupvisorsEvent.class, sub.next(Duration.ofSeconds(5)).orElseThrow());
                assertFalse(sub.next(Duration.ofMillis(50)).isPresent()); // a timeout is empty, not an error
                pub.sendMore("supvisors");
                pub.send(SUPVISORS);
                List<String> masters = new ArrayList<>();
                EventListener listener = new EventListener() {
                    @Override
                    public void onSupvisors(SupvisorsEvent state) {
                        masters.add(state.getMaster());
                        sub.stop();
                    }
                };
                assertEquals(1, sub.run(listener, Duration.ofSeconds(5)));
                assertEquals(List.of("10.0.0.1"), masters);
                long start = System.nanoTime();
                assertEquals(0, sub.run(listener, Duration.ofMillis(200)));
                assertTrue(System.nanoTime() - start >= 150_000_000L);
            }
        }
    }

    @Test
    void curveWithTheNodesPublicKey() {
        ZMQ.Curve.KeyPair server = ZMQ.Curve.generateKeyPair();
        try (ZContext ctx = new ZContext()) {
            ZMQ.Socket pub = ctx.createSocket(SocketType.PUB);
            pub.setCurveServer(true);
            pub.setCurveSecretKey(ZMQ.Curve.z85Decode(server.secretKey));
            int port = pub.bindToRandomPort("tcp://127.0.0.1");
            try (EventSubscriber sub = new EventSubscriber("127.0.0.1", port, null, server.publicKey)) {
                assertTrue(sub.waitConnected(Duration.ofSeconds(5)));
                assertInstanceOf(SupvisorsEvent.class, untilReceived(sub, pub, "supvisors", SUPVISORS));
            }
            try (EventSubscriber plain = new EventSubscriber("127.0.0.1", port)) { // no key: no handshake
                assertFalse(plain.waitConnected(Duration.ofMillis(500)));
            }
        }
    }

    @Test
    void badArgumentsAndAnAbsentNode() {
        assertThrows(IllegalArgumentException.class, () -> new EventSubscriber("127.0.0.1", 65002, List.of("proc")));
        assertThrows(IllegalArgumentException.class, () -> new EventSubscriber("127.0.0.1", 0));
        try (EventSubscriber sub = new EventSubscriber("127.0.0.1", 9)) {
            assertFalse(sub.waitConnected(Duration.ofMillis(200)));
            assertFalse(sub.next(Duration.ofMillis(50)).isPresent());
        }
        EventSubscriber closed = new EventSubscriber("127.0.0.1", 9);
        closed.close();
        assertThrows(TransportException.class, () -> closed.next(Duration.ofMillis(10)));
    }
}
