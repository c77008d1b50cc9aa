package org.supvisors.rpc.testee;

/** The testee's request is unusable: not JSON, unknown method, wrong parameters. */
final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RequestException(String message) {
        super(message);
    }
}
