package org.supvisors.rpc;

/** The server refused the credentials (HTTP 401). */
public class AuthenticationException extends TransportException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, Throwable cause) {
        super(message, 401, cause);
    }
}
