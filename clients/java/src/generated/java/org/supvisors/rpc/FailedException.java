// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault FAILED (30): The operation failed. */
public class FailedException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of FAILED. */
    public static final int CODE = 30;

    public FailedException(String faultString) {
        super(CODE, faultString);
    }
}
