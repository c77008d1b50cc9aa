// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_SIGNAL (11): Not a signal name or number. */
public class BadSignalException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_SIGNAL. */
    public static final int CODE = 11;

    public BadSignalException(String faultString) {
        super(CODE, faultString);
    }
}
