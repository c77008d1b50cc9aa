package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** HTTP, authentication, timeouts and the mapping of every failure to its exception type. */
class TransportTest {
    @Test
    void sendsBasicAuthentication() {
        try (FakeServer server = new FakeServer()) {
            server.replyValue("<string>3.0</string>");
            assertEquals("3.0", new SupervisorXmlRpc(server.client()).getAPIVersion());
            String expected = "Basic " + Base64.getEncoder().encodeToString("user:p@ss w0rd".getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, server.lastAuthorization());
        }
    }

    @Test
    void noUserMeansNoAuthentication() {
        try (FakeServer server = new FakeServer()) {
            server.replyValue("<string>3.0</string>");
            new SupervisorXmlRpc(new SupervisorXmlRpcClient(server.url(), null, null)).getAPIVersion();
            assertEquals(null, server.lastAuthorization());
        }
    }

    @Test
    void urls() throws Exception {
        assertEquals(new URL("http://10.0.0.1:60000/RPC2"), new SupervisorXmlRpcClient("10.0.0.1", 60000, "u", "p").getUrl());
        assertEquals(new URL("http://h:1/RPC2"), new SupervisorXmlRpcClient("http://h:1", "u", "p").getUrl());
        assertEquals(new URL("http://h:1/RPC2"), new SupervisorXmlRpcClient("http://h:1/", "u", "p").getUrl());
        assertEquals(new URL("http://h:1/other"), new SupervisorXmlRpcClient("http://h:1/other", "u", "p").getUrl());
        assertThrows(IllegalArgumentException.class, () -> new SupervisorXmlRpcClient("not a url", "u", "p"));
        assertThrows(IllegalArgumentException.class, () -> new SupervisorXmlRpcClient("ftp://h:1", "u", "p"));
    }

    @Test
    void unauthorized() {
        try (FakeServer server = new FakeServer()) {
            server.reply(401, "");
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> new SupervisorXmlRpc(server.client()).getState());
            assertEquals(401, e.getHttpStatus());
            assertTrue(e.getMessage().contains("refused the credentials"), e.getMessage());
        }
    }

    @Test
    void httpError() {
        try (FakeServer server = new FakeServer()) {
            server.reply(500, "oops");
            TransportException e = assertThrows(TransportException.class,
                    () -> new SupervisorXmlRpc(server.client()).getState());
            assertEquals(500, e.getHttpStatus());
        }
    }

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SupervisorXmlRpcClient client = new SupervisorXmlRpcClient("127.0.0.1", port, "u", "p");
        TransportException e = assertThrows(TransportException.class, () -> new SupervisorXmlRpc(client).getState());
        assertEquals(0, e.getHttpStatus());
        assertTrue(e.getMessage().startsWith("supervisor.getState: cannot talk to http://127.0.0.1:" + port),
                e.getMessage());
    }

    @Test
    void replyTimeout() throws Exception {
        try (FakeServer server = new FakeServer()) {
            server.replyValue("<string>3.0</string>").delay(2000);
            SupervisorXmlRpcClient client = new SupervisorXmlRpcClient(new URL(server.url()), "u", "p", 1000, 200);
            TransportException e = assertThrows(TransportException.class, () -> new SupervisorXmlRpc(client).getAPIVersion());
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
        }
    }

    @Test
    void notXmlRpcIsADecodeError() {
        try (FakeServer server = new FakeServer()) {
            server.reply(200, "<html>hello</html>");
            DecodeException e = assertThrows(DecodeException.class, () -> new SupervisorXmlRpc(server.client()).getState());
            assertTrue(e.getMessage().startsWith("supervisor.getState: the reply is not a valid XML-RPC response"),
                    e.getMessage());
            server.reply(200, "not even xml");
            assertThrows(DecodeException.class, () -> new SupervisorXmlRpc(server.client()).getState());
        }
    }

    @Test
    void malformedFaultIsADecodeError() {
        try (FakeServer server = new FakeServer()) {
            server.reply(200, "<?xml version='1.0'?><methodResponse><fault><value><string>no struct</string>"
                    + "</value></fault></methodResponse>");
            assertThrows(DecodeException.class, () -> new SupervisorXmlRpc(server.client()).getState());
        }
    }

    @Test
    void nullArgumentsAreRefusedBeforeSending() {
        try (FakeServer server = new FakeServer()) {
            SupvisorsXmlRpc supvisors = new SupvisorsXmlRpc(server.client());
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> supvisors.startProcess(null, "demo:ticker"));
            assertEquals("strategy", e.getMessage());
            assertInstanceOf(String.class, server.lastRequest());
            assertEquals("", server.lastRequest());
        }
    }
}
