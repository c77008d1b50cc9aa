package org.supvisors.rpc;

/**
 * The request did not get a usable answer: the server could not be reached, did not answer within
 * the reply timeout, or answered with an HTTP error ({@link #getHttpStatus()}).
 */
public class TransportException extends SupvisorsRpcException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public TransportException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public TransportException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status of the answer, or 0 when there was no HTTP answer. */
    public int getHttpStatus() {
        return httpStatus;
    }
}
