package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.util.Base64;

import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CVE-2019-17570: Apache XML-RPC 3.1.3 deserializes the faultCause member of a fault, with or
 * without enabledForExtensions. Our transport must never do it.
 */
class SecurityTest {
    /** A Throwable that records its own deserialization (a stand-in for a gadget chain). */
    static final class Tripwire extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static volatile boolean deserialized;

        Tripwire() {
            super("tripwire");
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            deserialized = true;
        }
    }

    private static String faultWithSerializedCause() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
        }
        String cause = Base64.getEncoder().encodeToString(bytes.toByteArray());
        return "<?xml version='1.0'?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>10</int></value></member>"
                + "<member><name>faultString</name><value><string>BAD_NAME: x</string></value></member>"
                + "<member><name>faultCause</name><value><base64>" + cause + "</base64></value></member>"
                + "</struct></value></fault></methodResponse>";
    }

    @BeforeEach
    void reset() {
        Tripwire.deserialized = false;
    }

    @Test
    void faultCauseIsNeverDeserialized() throws IOException {
        try (FakeServer server = new FakeServer()) {
            server.reply(200, faultWithSerializedCause());
            SupervisorXmlRpc supervisor = new SupervisorXmlRpc(server.client());
            BadNameException e = assertThrows(BadNameException.class, () -> supervisor.getProcessInfo("x"));
            assertEquals(10, e.getCode());
            assertEquals("BAD_NAME: x", e.getFaultString());
            assertFalse(Tripwire.deserialized, "the fault's faultCause was deserialized");
        }
    }

    /** Control: the same reply does trigger the flaw in a plain Apache client, extensions off. */
    @Test
    void plainApacheClientWouldDeserialize() throws Exception {
        try (FakeServer server = new FakeServer()) {
            server.reply(200, faultWithSerializedCause());
            XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
            config.setServerURL(new URL(server.url() + "/RPC2"));
            config.setEnabledForExtensions(false);
            XmlRpcClient plain = new XmlRpcClient();
            plain.setConfig(config);
            assertThrows(Exception.class, () -> plain.execute("supervisor.getProcessInfo", new Object[] {"x"}));
            assertTrue(Tripwire.deserialized, "the control did not reproduce the flaw: the test proves nothing");
        }
    }

    @Test
    void extensionTypesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
        }
        try (FakeServer server = new FakeServer()) {
            server.reply(200, "<?xml version='1.0'?><methodResponse xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'>"
                    + "<params><param><value><ex:serializable>" + Base64.getEncoder().encodeToString(bytes.toByteArray())
                    + "</ex:serializable></value></param></params></methodResponse>");
            SupervisorXmlRpc supervisor = new SupervisorXmlRpc(server.client());
            assertThrows(DecodeException.class, supervisor::getAPIVersion);
            assertFalse(Tripwire.deserialized);
            server.replyValue("<ex:nil xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'/>");
            assertThrows(DecodeException.class, supervisor::getAPIVersion);
        }
    }

    @Test
    void doctypeIsRefused() {
        try (FakeServer server = new FakeServer()) {
            server.reply(200, "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x 'boom'>]><methodResponse><params><param>"
                    + "<value><string>&x;</string></value></param></params></methodResponse>");
            SupervisorXmlRpc supervisor = new SupervisorXmlRpc(server.client());
            DecodeException e = assertThrows(DecodeException.class, supervisor::getAPIVersion);
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
    }
}
