// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault ALREADY_STARTED (60): The process or application is already running. */
public class AlreadyStartedException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of ALREADY_STARTED. */
    public static final int CODE = 60;

    public AlreadyStartedException(String faultString) {
        super(CODE, faultString);
    }
}
