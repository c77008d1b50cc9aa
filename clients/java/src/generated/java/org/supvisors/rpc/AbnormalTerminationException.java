// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault ABNORMAL_TERMINATION (40): The process could not be started or stopped as asked. */
public class AbnormalTerminationException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of ABNORMAL_TERMINATION. */
    public static final int CODE = 40;

    public AbnormalTerminationException(String faultString) {
        super(CODE, faultString);
    }
}
