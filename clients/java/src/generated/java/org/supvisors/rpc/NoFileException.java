// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** Fault NO_FILE (20): A file (log, command) does not exist. */
public class NoFileException extends SupvisorsFaultException {
    private static final long serialVersionUID = 1L;

    /** The fault code of NO_FILE. */
    public static final int CODE = 20;

    public NoFileException(String faultString) {
        super(CODE, faultString);
    }
}
