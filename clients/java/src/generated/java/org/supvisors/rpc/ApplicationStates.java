// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * State of an application (a supervisor group managed by Supvisors).
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum ApplicationStates {
    /** Not evaluated yet. Code 0. */
    UNKNOWN(0),
    /** No process of the application is running. Code 1. */
    STOPPED(1),
    /** At least one process is starting. Code 2. */
    STARTING(2),
    /** At least one process is stopping. Code 3. */
    STOPPING(3),
    /** At least one process is running and none is starting or stopping. Code 4. */
    RUNNING(4);

    private final int code;

    ApplicationStates(int code) {
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
    public static ApplicationStates fromCode(int code) {
        for (ApplicationStates value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of ApplicationStates");
    }

    /**
     * The value of a name, e.g. "UNKNOWN".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static ApplicationStates fromName(String name) {
        for (ApplicationStates value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of ApplicationStates");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of ApplicationStates
     */
    public static ApplicationStates fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (ApplicationStates candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of ApplicationStates");
    }
}
