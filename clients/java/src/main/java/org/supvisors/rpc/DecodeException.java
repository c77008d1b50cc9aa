package org.supvisors.rpc;

/**
 * The answer is not a valid XML-RPC response, or its value does not have the shape that the spec
 * describes: a missing required struct field, a value of the wrong type, an unknown enum code. The
 * message names the place, e.g. {@code supervisor.getProcessInfo: ProcessInfo.state}.
 */
public class DecodeException extends SupvisorsRpcException {
    private static final long serialVersionUID = 1L;

    public DecodeException(String message) {
        super(message);
    }

    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
