// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault SHUTDOWN_STATE (6): supervisord is shutting down. */
public class ShutdownStateException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of SHUTDOWN_STATE. */
    public static final int CODE = 6;

    public ShutdownStateException(String faultString) {
        super(CODE, faultString);
    }
}
