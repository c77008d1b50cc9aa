// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault STILL_RUNNING (91): The process group still has running processes. */
public class StillRunningException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of STILL_RUNNING. */
    public static final int CODE = 91;

    public StillRunningException(String faultString) {
        super(CODE, faultString);
    }
}
