// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * State of a process; the codes are supervisor's own.
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum ProcessStates {
    /** Stopped, or never started. Code 0. */
    STOPPED(0),
    /** Starting. Code 10. */
    STARTING(10),
    /** Running. Code 20. */
    RUNNING(20),
    /** Exited too quickly and will be retried. Code 30. */
    BACKOFF(30),
    /** Stopping. Code 40. */
    STOPPING(40),
    /** Exited from RUNNING. Code 100. */
    EXITED(100),
    /** Could not be started. Code 200. */
    FATAL(200),
    /** Unknown (e.g. on a lost node). Code 1000. */
    UNKNOWN(1000);

    private final int code;

    ProcessStates(int code) {
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
    public static ProcessStates fromCode(int code) {
        for (ProcessStates value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of ProcessStates");
    }

    /**
     * The value of a name, e.g. "STOPPED".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static ProcessStates fromName(String name) {
        for (ProcessStates value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of ProcessStates");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of ProcessStates
     */
    public static ProcessStates fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (ProcessStates candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of ProcessStates");
    }
}
