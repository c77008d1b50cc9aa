package org.supvisors.rpc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * Subscriber of one Supvisors node's event stream (its ZeroMQ PUB socket at {@code event_port}), on
 * JeroMQ. Each message (two frames: topic, JSON body) becomes the typed event of its topic
 * ({@link ProcessEvent}, {@link AddressEvent}, ...), whose body is the same struct that the XML-RPC
 * methods return; the topics and the decoding are generated from the spec ({@link Events}).
 *
 * <pre>{@code
 * try (EventSubscriber sub = new EventSubscriber("127.0.0.1", 65002, List.of("process"))) {
 *     Optional<Event> event = sub.next(Duration.ofSeconds(5));   // empty if nothing came
 *     sub.run(new EventListener() {
 *         public void onProcess(ProcessEvent e) {
 *             System.out.println(e.getBody().getStatename() + " on " + e.getAddress());
 *         }
 *     }, Duration.ofMinutes(1));
 * }
 * }</pre>
 *
 * <p>A malformed message raises {@link DecodeException}, as a malformed reply does on the RPC side;
 * the subscriber stays usable. ZeroMQ connects in the background and reconnects by itself: the
 * subscriber gets the events published once its subscription reached the node
 * ({@link #waitConnected} tells when the connection is up), never earlier ones. A subscriber belongs
 * to one thread (as its ZeroMQ socket does); only {@link #stop()} may be called from another thread.
 */
public final class EventSubscriber implements AutoCloseable {
    private static final AtomicInteger MONITORS = new AtomicInteger();
    /** A ZeroMQ handshake not done within this time is retried (see the constructor). */
    private static final int HANDSHAKE_MS = 1000;
    /** How often {@link #run} looks at {@link #stop()}. */
    private static final long SLICE_MS = 100;

    private final String endpoint;
    private final List<String> topics;
    private final ZContext context;
    private final ZMQ.Socket socket;
    private final ZMQ.Socket monitor;
    private boolean connected;
    private volatile boolean stopped;

    /** Subscribes to every topic of the stream. */
    public EventSubscriber(String host, int port) {
        this(host, port, null, null);
    }

    /** Subscribes to topics (names of {@link Events#TOPICS}; null or empty: every topic). */
    public EventSubscriber(String host, int port, Collection<String> topics) {
        this(host, port, topics, null);
    }

    /**
     * Subscribes to topics (null or empty: every topic) of the node at host:port.
     *
     * @param serverKey the node's CURVE public key (Z85, 40 characters) when the node has
     *     {@code event_curve} set, else null; the subscriber then uses a fresh key pair of its own
     * @throws IllegalArgumentException for an unknown topic or a port out of [1;65535]
     * @throws TransportException if ZeroMQ refuses the endpoint or the key
     */
    public EventSubscriber(String host, int port, Collection<String> topics, String serverKey) {
        List<String> wanted = topics == null || topics.isEmpty() ? Events.TOPICS : List.copyOf(topics);
        List<String> unknown = new ArrayList<>();
        for (String topic : wanted) {
            if (!Events.TOPICS.contains(topic)) {
                unknown.add(topic);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown event topics " + unknown + " (known: "
                    + String.join(", ", Events.TOPICS) + ")");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in [1;65535], got " + port);
        }
        this.endpoint = "tcp://" + host + ":" + port;
        this.topics = wanted;
        this.context = new ZContext(1);
        try {
            socket = context.createSocket(SocketType.SUB);
            socket.setLinger(0);
            // A JeroMQ SUB connecting to a libzmq PUB sometimes never completes its ZMTP handshake (seen
            // about one connection in ten against libzmq 4.3.5); a handshake that takes longer than this
            // is dropped and the connection made again, so the subscription does not stay dead.
            socket.setHandshakeIvl(HANDSHAKE_MS);
            if (serverKey != null) {
                ZMQ.Curve.KeyPair pair = ZMQ.Curve.generateKeyPair();
                socket.setCurveServerKey(serverKey.getBytes(StandardCharsets.US_ASCII));
                socket.setCurvePublicKey(pair.publicKey.getBytes(StandardCharsets.US_ASCII));
                socket.setCurveSecretKey(pair.secretKey.getBytes(StandardCharsets.US_ASCII));
            }
            String monitorEndpoint = "inproc://supvisors-events-monitor-" + MONITORS.incrementAndGet();
            socket.monitor(monitorEndpoint, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
            monitor = context.createSocket(SocketType.PAIR);
            monitor.connect(monitorEndpoint);
            for (String topic : wanted) { // no topic is a prefix of another (checked by the spec's model)
                socket.subscribe(topic.getBytes(StandardCharsets.UTF_8));
            }
            if (!socket.connect(endpoint)) {
                throw new IllegalArgumentException("connect failed");
            }
        } catch (ZMQException | IllegalArgumentException e) {
            context.close();
            throw new TransportException("cannot subscribe to " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** The node's endpoint, e.g. {@code tcp://127.0.0.1:65002}. */
    public String getEndpoint() {
        return endpoint;
    }

    /** The topics subscribed to. */
    public List<String> getTopics() {
        return topics;
    }

    /**
     * Waits up to timeout until the connection to the node is up (its ZeroMQ handshake done).
     *
     * @return true if it is; events published after that reach this subscriber
     */
    public boolean waitConnected(Duration timeout) {
        if (connected) {
            return true;
        }
        ensureOpen();
        ZMQ.Poller poller = context.createPoller(1);
        try {
            poller.register(monitor, ZMQ.Poller.POLLIN);
            if (poller.poll(Math.max(0, timeout.toMillis())) > 0 && ZMQ.Event.recv(monitor, ZMQ.DONTWAIT) != null) {
                connected = true;
            }
            return connected;
        } finally {
            poller.close();
        }
    }

    /**
     * The next event, or empty if none came within timeout (null: wait as long as it takes).
     *
     * @throws DecodeException for a malformed message (it is consumed: the next call reads the next one)
     * @throws TransportException if the subscriber is closed
     */
    public Optional<Event> next(Duration timeout) {
        ensureOpen();
        ZMQ.Poller poller = context.createPoller(1);
        try {
            poller.register(socket, ZMQ.Poller.POLLIN);
            if (poller.poll(timeout == null ? -1 : Math.max(0, timeout.toMillis())) <= 0) {
                return Optional.empty();
            }
        } finally {
            poller.close();
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(socket.recv(ZMQ.DONTWAIT));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        if (frames.size() != 2 || frames.get(0) == null) {
            throw new DecodeException("event from " + endpoint + ": " + frames.size() + " frames, expected 2 (topic, body)");
        }
        return Optional.of(Events.decode(frames.get(0), frames.get(1)));
    }

    /**
     * Gives each event to listener (the method of its topic) until timeout has passed (null: no
     * limit) or {@link #stop()} is called.
     *
     * @return the number of events delivered
     * @throws DecodeException for a malformed message (the run ends; call it again to go on)
     */
    public int run(EventListener listener, Duration timeout) {
        stopped = false;
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        int count = 0;
        while (!stopped) {
            long left = deadline == Long.MAX_VALUE ? SLICE_MS : (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            Optional<Event> event = next(Duration.ofMillis(Math.min(left, SLICE_MS)));
            if (event.isPresent()) {
                count++;
                event.get().dispatchTo(listener);
            }
        }
        return count;
    }

    /** Ends a {@link #run} in progress at its next look (within 100 ms); safe from any thread. */
    public void stop() {
        stopped = true;
    }

    private void ensureOpen() {
        if (context.isClosed()) {
            throw new TransportException("the subscriber of " + endpoint + " is closed", null);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
