// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * State of the Supvisors cluster, as seen by the node that answers.
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum SupvisorsStates {
    /** The nodes are being synchronized; most requests are refused. Code 0. */
    INITIALIZATION(0),
    /** The master starts the applications that have a start sequence. Code 1. */
    DEPLOYMENT(1),
    /** Normal operation. Code 2. */
    OPERATION(2),
    /** Conflicts (a process running on several nodes) are being settled. Code 3. */
    CONCILIATION(3),
    /** Applications are being stopped before every supervisord restarts. Code 4. */
    RESTARTING(4),
    /** Applications are being stopped before every supervisord shuts down. Code 5. */
    SHUTTING_DOWN(5),
    /** Final state. Code 6. */
    SHUTDOWN(6);

    private final int code;

    SupvisorsStates(int code) {
        this.code = code;
    }

    /** The wire code of this value. */
    public int getCode() {
        return code;
    }

    /**
     * The value of a wire code.
     *
     * @throws IllegalArgumentException if no value has that code
     */
    public static SupvisorsStates fromCode(int code) {
        for (SupvisorsStates value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of SupvisorsStates");
    }

    /**
     * The value of a name, e.g. "INITIALIZATION".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static SupvisorsStates fromName(String name) {
        for (SupvisorsStates value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of SupvisorsStates");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of SupvisorsStates
     */
    public static SupvisorsStates fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (SupvisorsStates candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of SupvisorsStates");
    }
}
