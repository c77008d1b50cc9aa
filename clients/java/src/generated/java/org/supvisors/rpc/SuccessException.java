// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault SUCCESS (80): Not a fault: the status code of a successful item in a group result. */
public class SuccessException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of SUCCESS. */
    public static final int CODE = 80;

    public SuccessException(String faultString) {
        super(CODE, faultString);
    }
}
