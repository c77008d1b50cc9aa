package org.supvisors.rpc;

/**
 * An XML-RPC fault returned by the server. Every fault code of the spec has its own generated
 * subclass (see {@link Faults#of(int, String)}); a code unknown to the spec gives an instance of this
 * class itself, so that no fault is ever lost.
 */
public class SupvisorsFaultException extends SupvisorsRpcException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String faultString;

    public SupvisorsFaultException(int code, String faultString) {
        super("[" + code + "] " + faultString);
        this.code = code;
        this.faultString = faultString;
    }

    /** The fault code, e.g. 10 for BAD_NAME. */
    public int getCode() {
        return code;
    }

    /** The fault string sent by the server, e.g. "BAD_NAME: demo:nope". */
    public String getFaultString() {
        return faultString;
    }
}
