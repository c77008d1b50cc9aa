// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_NAME (10): No process, group or application of that name. */
public class BadNameException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_NAME. */
    public static final int CODE = 10;

    public BadNameException(String faultString) {
        super(CODE, faultString);
    }
}
