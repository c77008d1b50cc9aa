// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault BAD_STRATEGY (103): The strategy is unknown to Supvisors. */
public class BadStrategyException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of BAD_STRATEGY. */
    public static final int CODE = 103;

    public BadStrategyException(String faultString) {
        super(CODE, faultString);
    }
}
