// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault SIGNATURE_UNSUPPORTED (4): The method has no signature or help. */
public class SignatureUnsupportedException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of SIGNATURE_UNSUPPORTED. */
    public static final int CODE = 4;

    public SignatureUnsupportedException(String faultString) {
        super(CODE, faultString);
    }
}
