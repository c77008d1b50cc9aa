// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_EXTRA_ARGUMENTS (104): Extra arguments are not allowed for this program. */
public class BadExtraArgumentsException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_EXTRA_ARGUMENTS. */
    public static final int CODE = 104;

    public BadExtraArgumentsException(String faultString) {
        super(CODE, faultString);
    }
}
