// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_SUPVISORS_STATE (101): The request is not allowed in the current Supvisors state. */
public class BadSupvisorsStateException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_SUPVISORS_STATE. */
    public static final int CODE = 101;

    public BadSupvisorsStateException(String faultString) {
        super(CODE, faultString);
    }
}
