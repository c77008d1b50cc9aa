// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault UNKNOWN_METHOD (1): The method does not exist. */
public class UnknownMethodException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of UNKNOWN_METHOD. */
    public static final int CODE = 1;

    public UnknownMethodException(String faultString) {
        super(CODE, faultString);
    }
}
