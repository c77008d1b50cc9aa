// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_ARGUMENTS (3): Arguments are not acceptable. */
public class BadArgumentsException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_ARGUMENTS. */
    public static final int CODE = 3;

    public BadArgumentsException(String faultString) {
        super(CODE, faultString);
    }
}
