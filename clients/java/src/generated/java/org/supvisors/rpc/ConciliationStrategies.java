// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * How the master settles a conflict (a process running on more than one node).
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum ConciliationStrategies {
    /** Keep the youngest process, stop the others. Code 0. */
    SENICIDE(0),
    /** Keep the oldest process, stop the others. Code 1. */
    INFANTICIDE(1),
    /** Leave the conflict to the user. Code 2. */
    USER(2),
    /** Stop every instance. Code 3. */
    STOP(3),
    /** Stop every instance, then start one by the deployment strategy. Code 4. */
    RESTART(4);

    private final int code;

    ConciliationStrategies(int code) {
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
    public static ConciliationStrategies fromCode(int code) {
        for (ConciliationStrategies value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of ConciliationStrategies");
    }

    /**
     * The value of a name, e.g. "SENICIDE".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static ConciliationStrategies fromName(String name) {
        for (ConciliationStrategies value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of ConciliationStrategies");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of ConciliationStrategies
     */
    public static ConciliationStrategies fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (ConciliationStrategies candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of ConciliationStrategies");
    }
}
