package org.supvisors.rpc;

/**
 * Root of every error raised by this client. All are unchecked, so that simple programs (like the
 * example of the API document) need no {@code throws} clause; callers that care catch one of:
 * <ul>
 *   <li>{@link SupvisorsFaultException}: the server answered with an XML-RPC fault; one subclass per
 *       fault code of the spec (e.g. {@link BadNameException}, {@link BadSupvisorsStateException});</li>
 *   <li>{@link TransportException}: no usable answer (connection refused, timeout, HTTP error,
 *       {@link AuthenticationException} for HTTP 401);</li>
 *   <li>{@link DecodeException}: an answer that is not XML-RPC, or whose value does not have the
 *       shape that the spec describes.</li>
 * </ul>
 * Invalid arguments (e.g. {@code null} where XML-RPC has no nil) raise the usual
 * {@link NullPointerException} or {@link IllegalArgumentException} before anything is sent.
 */
public abstract class SupvisorsRpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected SupvisorsRpcException(String message) {
        super(message);
    }

    protected SupvisorsRpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
