// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault INCORRECT_PARAMETERS (2): Wrong number or type of parameters. */
public class IncorrectParametersException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of INCORRECT_PARAMETERS. */
    public static final int CODE = 2;

    public IncorrectParametersException(String faultString) {
        super(CODE, faultString);
    }
}
