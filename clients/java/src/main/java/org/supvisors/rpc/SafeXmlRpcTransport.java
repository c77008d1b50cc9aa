package org.supvisors.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientException;
import org.apache.xmlrpc.client.XmlRpcSun15HttpTransport;
import org.apache.xmlrpc.client.XmlRpcTransport;
import org.apache.xmlrpc.client.XmlRpcTransportFactory;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The HTTP transport of {@link SupervisorXmlRpcClient}: Apache XML-RPC's HttpURLConnection transport
 * with a response reader that never deserializes anything.
 *
 * <p>Why: Apache XML-RPC 3.1.3 reads a fault's {@code faultCause} member as a serialized Java
 * exception and passes it to {@link java.io.ObjectInputStream#readObject()} (CVE-2019-17570), and it
 * does so whether or not {@code enabledForExtensions} is set. A hostile or spoofed server could run
 * code in the client through it. This reader takes {@code faultCode} and {@code faultString} only.
 * {@code enabledForExtensions} also stays off (its {@code ex:serializable} type is the other
 * deserialization path), and DOCTYPE declarations are refused (XML-RPC has none; this shuts out
 * entity expansion attacks).
 *
 * <p>Faults and malformed replies travel out of Apache's call stack as the two private exception
 * types below, so that {@link SupervisorXmlRpcClient#call} can tell them from transport errors.
 */
final class SafeXmlRpcTransport extends XmlRpcSun15HttpTransport {

    /** A fault answered by the server (code and text only). */
    static final class ServerFault extends XmlRpcException {
        private static final long serialVersionUID = 1L;
        final String faultString;

        ServerFault(int code, String faultString) {
            super(code, faultString);
            this.faultString = faultString;
        }
    }

    /** A reply that is not a valid XML-RPC response. */
    static final class MalformedReply extends XmlRpcException {
        private static final long serialVersionUID = 1L;

        MalformedReply(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Creates a {@link SafeXmlRpcTransport} for every call. */
    static final class Factory implements XmlRpcTransportFactory {
        private final XmlRpcClient client;

        Factory(XmlRpcClient client) {
            this.client = client;
        }

        @Override
        public XmlRpcTransport getTransport() {
            return new SafeXmlRpcTransport(client);
        }
    }

    private static final SAXParserFactory SAX = newSaxFactory();

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not an error
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    SafeXmlRpcTransport(XmlRpcClient client) {
        super(client);
    }

    private static SAXParserFactory newSaxFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be secured: " + e.getMessage(), e);
        }
        return factory;
    }

    @Override
    protected XMLReader newXMLReader() throws XmlRpcException {
        try {
            return SAX.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new XmlRpcClientException("cannot create an XML parser: " + e.getMessage(), e);
        }
    }

    @Override
    protected Object readResponse(XmlRpcStreamRequestConfig config, InputStream stream) throws XmlRpcException {
        XMLReader reader = newXMLReader();
        SafeResponseParser parser = new SafeResponseParser(config, getClient().getTypeFactory());
        reader.setContentHandler(parser);
        reader.setErrorHandler(QUIET); // errors become exceptions, not lines on stderr
        try {
            reader.parse(new InputSource(stream));
        } catch (SAXException e) {
            throw new MalformedReply("the reply is not a valid XML-RPC response: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new XmlRpcClientException("failed to read the server's response: " + e.getMessage(), e);
        }
        if (parser.isSuccess()) {
            return parser.getResult();
        }
        throw new ServerFault(parser.faultCode, parser.faultString);
    }

    /** Apache's response parser, except for faults: see the class comment. */
    static final class SafeResponseParser extends XmlRpcResponseParser {
        int faultCode;
        String faultString;

        SafeResponseParser(XmlRpcStreamRequestConfig config, TypeFactory typeFactory) {
            super(config, typeFactory);
        }

        @Override
        protected void addResult(Object result) throws SAXException {
            if (isSuccess()) {
                super.addResult(result);
                return;
            }
            // A fault: faultCause (if any) is dropped unread, never deserialized.
            if (!(result instanceof Map)) {
                throw new SAXParseException("the fault value is not a struct", getDocumentLocator());
            }
            Map<?, ?> fault = (Map<?, ?>) result;
            Object code = fault.get("faultCode");
            if (!(code instanceof Integer)) {
                throw new SAXParseException("the fault has no int faultCode", getDocumentLocator());
            }
            Object text = fault.get("faultString");
            if (text != null && !(text instanceof String)) {
                throw new SAXParseException("the faultString of the fault is not a string", getDocumentLocator());
            }
            faultCode = (Integer) code;
            faultString = text == null ? "" : (String) text;
        }
    }
}
