// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault NOT_EXECUTABLE (21): The command cannot be executed. */
public class NotExecutableException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of NOT_EXECUTABLE. */
    public static final int CODE = 21;

    public NotExecutableException(String faultString) {
        super(CODE, faultString);
    }
}
