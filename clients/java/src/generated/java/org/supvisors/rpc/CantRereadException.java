// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault CANT_REREAD (92): The configuration file cannot be read again. */
public class CantRereadException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of CANT_REREAD. */
    public static final int CODE = 92;

    public CantRereadException(String faultString) {
        super(CODE, faultString);
    }
}
