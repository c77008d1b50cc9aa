// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * State of one supervisord, as supervisor.getState reports it.
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum SupervisorStates {
    /** supervisord met an unrecoverable error. Code 2. */
    FATAL(2),
    /** supervisord is working normally. Code 1. */
    RUNNING(1),
    /** supervisord is restarting. Code 0. */
    RESTARTING(0),
    /** supervisord is shutting down. Code -1. */
    SHUTDOWN(-1);

    private final int code;

    SupervisorStates(int code) {
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
    public static SupervisorStates fromCode(int code) {
        for (SupervisorStates value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of SupervisorStates");
    }

    /**
     * The value of a name, e.g. "FATAL".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static SupervisorStates fromName(String name) {
        for (SupervisorStates value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of SupervisorStates");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of SupervisorStates
     */
    public static SupervisorStates fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (SupervisorStates candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of SupervisorStates");
    }
}
