package org.supvisors.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that answers every request with a canned reply (status and body), and keeps
 * the last request's body and Authorization header. For unit tests: no supervisord needed.
 */
public final class FakeServer implements AutoCloseable {
    private final HttpServer server;
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private volatile long delayMs;
    private volatile String lastRequest = "";
    private volatile String lastAuthorization;

    public FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fake-xmlrpc-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                lastRequest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] reply = body;
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            } catch (IOException e) {
                // the client gave up (timeout tests)
            }
        });
        server.start();
    }

    /** Answers with status and body from now on. */
    public FakeServer reply(int status, String body) {
        this.status = status;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Answers 200 with the recorded reply src/test/resources/replies/NAME.xml. */
    public FakeServer replyRecorded(String name) {
        return reply(200, recorded(name));
    }

    /** Answers 200 with a fault. */
    public FakeServer replyFault(int code, String text) {
        return reply(200, "<?xml version='1.0'?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>" + code + "</int></value></member>"
                + "<member><name>faultString</name><value><string>" + text + "</string></value></member>"
                + "</struct></value></fault></methodResponse>");
    }

    /** Answers 200 with one value (an XML-RPC value element's content). */
    public FakeServer replyValue(String valueXml) {
        return reply(200, "<?xml version='1.0'?><methodResponse><params><param><value>" + valueXml
                + "</value></param></params></methodResponse>");
    }

    public FakeServer delay(long ms) {
        this.delayMs = ms;
        return this;
    }

    /** A reply recorded from a real supervisord (test resources, also in the test-jar the testee uses). */
    public static String recorded(String name) {
        try (InputStream in = FakeServer.class.getResourceAsStream("/replies/" + name + ".xml")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no recorded reply " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public SupervisorXmlRpcClient client() {
        return new SupervisorXmlRpcClient("127.0.0.1", port(), "user", "p@ss w0rd");
    }

    public String lastRequest() {
        return lastRequest;
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
