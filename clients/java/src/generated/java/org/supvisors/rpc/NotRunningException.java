// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault NOT_RUNNING (70): The process is not running. */
public class NotRunningException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of NOT_RUNNING. */
    public static final int CODE = 70;

    public NotRunningException(String faultString) {
        super(CODE, faultString);
    }
}
