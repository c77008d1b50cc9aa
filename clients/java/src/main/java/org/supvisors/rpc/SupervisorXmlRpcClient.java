package org.supvisors.rpc;

import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URL;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcHttpTransportException;

/**
 * The XML-RPC connection to one supervisord (with or without the Supvisors plugin): HTTP with basic
 * authentication and timeouts, on Apache XML-RPC 3.1.3. Pass it to the namespace classes
 * {@link SystemXmlRpc}, {@link SupervisorXmlRpc} and {@link SupvisorsXmlRpc}, which give typed calls.
 *
 * <p>Security: Apache XML-RPC's extensions ({@code enabledForExtensions}) stay off, and replies are
 * read by {@link SafeXmlRpcTransport}, which never deserializes a Java object from a fault
 * (CVE-2019-17570).
 *
 * <p>Errors are unchecked: see {@link SupvisorsRpcException}. An instance is immutable and can be
 * shared by threads: each call opens its own HTTP connection.
 */
public final class SupervisorXmlRpcClient {
    /** Default time to establish the TCP connection, in milliseconds. */
    public static final int DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
    /** Default time to wait for a reply, in milliseconds (calls with wait=true may take long). */
    public static final int DEFAULT_REPLY_TIMEOUT_MS = 120_000;

    private final URL url;
    private final XmlRpcClient client;
    private final XmlRpcClientConfigImpl config;

    /**
     * Connects to http://host:port/RPC2.
     *
     * @param host     host name or IP address of the supervisord
     * @param port     port of its inet_http_server
     * @param user     user name, or null if the server has no authentication
     * @param password password, or null if the server has no authentication
     */
    public SupervisorXmlRpcClient(String host, int port, String user, String password) {
        this(hostUrl(host, port), user, password);
    }

    /**
     * Connects to a URL such as "http://10.0.0.1:60000"; "/RPC2" is added when the URL has no path.
     *
     * @throws IllegalArgumentException if url is not a valid http(s) URL
     */
    public SupervisorXmlRpcClient(String url, String user, String password) {
        this(parseUrl(url), user, password);
    }

    /** Connects to url ("/RPC2" is added when the URL has no path), with the default timeouts. */
    public SupervisorXmlRpcClient(URL url, String user, String password) {
        this(url, user, password, DEFAULT_CONNECTION_TIMEOUT_MS, DEFAULT_REPLY_TIMEOUT_MS);
    }

    /**
     * Connects to url with explicit timeouts.
     *
     * @param connectionTimeoutMs time to establish the TCP connection, in milliseconds (&gt; 0)
     * @param replyTimeoutMs      time to wait for the reply, in milliseconds (&gt; 0)
     */
    public SupervisorXmlRpcClient(URL url, String user, String password, int connectionTimeoutMs,
                                  int replyTimeoutMs) {
        if (connectionTimeoutMs <= 0 || replyTimeoutMs <= 0) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        this.url = withRpcPath(url);
        config = new XmlRpcClientConfigImpl();
        config.setServerURL(this.url);
        config.setEnabledForExtensions(false); // see the class comment: never turn this on
        config.setConnectionTimeout(connectionTimeoutMs);
        config.setReplyTimeout(replyTimeoutMs);
        config.setEncoding("UTF-8");
        if (user != null) {
            config.setBasicUserName(user);
            config.setBasicPassword(password == null ? "" : password);
            config.setBasicEncoding("UTF-8");
        }
        client = new XmlRpcClient();
        client.setConfig(config);
        client.setTransportFactory(new SafeXmlRpcTransport.Factory(client));
    }

    /** The URL of the XML-RPC endpoint. */
    public URL getUrl() {
        return url;
    }

    /**
     * Sends one call and returns the value as Apache XML-RPC decodes it (Integer, Boolean, Double,
     * String, Object[] for arrays, Map for structs). The namespace classes use it and decode the
     * value into typed results.
     *
     * @param method full method name, e.g. "supervisor.getState"
     * @param params parameters: Integer, Boolean, Double, String, List or Object[], Map
     * @throws SupvisorsFaultException the server answered with a fault (a subclass per known code)
     * @throws TransportException      no usable answer (connection, timeout, HTTP status)
     * @throws DecodeException         the reply is not a valid XML-RPC response
     */
    public Object call(String method, Object... params) {
        try {
            return client.execute(config, method, params);
        } catch (SafeXmlRpcTransport.ServerFault fault) {
            throw Faults.of(fault.code, fault.faultString);
        } catch (SafeXmlRpcTransport.MalformedReply e) {
            throw new DecodeException(method + ": " + e.getMessage(), e);
        } catch (XmlRpcHttpTransportException e) {
            int status = e.getStatusCode();
            if (status == 401) {
                throw new AuthenticationException(method + ": " + url + " refused the credentials (HTTP 401)", e);
            }
            throw new TransportException(method + ": " + url + " answered HTTP " + status + " "
                    + e.getStatusMessage(), status, e);
        } catch (XmlRpcException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String what = cause instanceof SocketTimeoutException ? "timeout talking to " : "cannot talk to ";
            throw new TransportException(method + ": " + what + url + ": " + cause.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SupervisorXmlRpcClient(" + url + ")";
    }

    private static URL hostUrl(String host, int port) {
        try {
            return new URL("http", host, port, "/RPC2");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("invalid host or port: " + host + ":" + port, e);
        }
    }

    private static URL parseUrl(String url) {
        try {
            return new URL(url);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("invalid URL: " + url, e);
        }
    }

    private static URL withRpcPath(URL url) {
        String protocol = url.getProtocol();
        if (!"http".equals(protocol) && !"https".equals(protocol)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (!url.getPath().isEmpty() && !"/".equals(url.getPath())) {
            return url;
        }
        try {
            return new URL(protocol, url.getHost(), url.getPort(), "/RPC2");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("invalid URL: " + url, e);
        }
    }
}
