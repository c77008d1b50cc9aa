// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault SUPVISORS_CONF_ERROR (100): The Supvisors configuration or rules file is wrong. */
public class SupvisorsConfErrorException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of SUPVISORS_CONF_ERROR. */
    public static final int CODE = 100;

    public SupvisorsConfErrorException(String faultString) {
        super(CODE, faultString);
    }
}
