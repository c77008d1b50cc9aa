// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault SPAWN_ERROR (50): The process could not be spawned. */
public class SpawnErrorException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of SPAWN_ERROR. */
    public static final int CODE = 50;

    public SpawnErrorException(String faultString) {
        super(CODE, faultString);
    }
}
