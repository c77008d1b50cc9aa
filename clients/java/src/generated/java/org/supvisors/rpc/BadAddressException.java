// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_ADDRESS (102): The address is unknown to Supvisors. */
public class BadAddressException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_ADDRESS. */
    public static final int CODE = 102;

    public BadAddressException(String faultString) {
        super(CODE, faultString);
    }
}
