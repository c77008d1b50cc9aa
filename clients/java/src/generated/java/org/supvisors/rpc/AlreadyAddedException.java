// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault ALREADY_ADDED (90): The process group is already active. */
public class AlreadyAddedException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of ALREADY_ADDED. */
    public static final int CODE = 90;

    public AlreadyAddedException(String faultString) {
        super(CODE, faultString);
    }
}
