// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.List;
import java.util.Objects;

/**
 * A chunk of a process log, as the tail methods return it.
 *
 * <p>On the wire: a positional array [bytes, offset, overflow].
 */
public final class LogTail {
    private final String bytes;
    private final int offset;
    private final boolean overflow;

    /**
     * Builds a value.
     *
     * @param bytes The log text.
     * @param offset Offset of the end of the log plus one; pass it to the next call.
     * @param overflow True if the log grew by more than the length asked since offset.
     */
    public LogTail(String bytes, int offset, boolean overflow) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.offset = offset;
        this.overflow = overflow;
    }

    /**
     * The log text.
     * <p>Wire name: {@code bytes}.
     */
    public String getBytes() {
        return bytes;
    }

    /**
     * Offset of the end of the log plus one; pass it to the next call. Unit: bytes.
     * <p>Wire name: {@code offset}.
     */
    public int getOffset() {
        return offset;
    }

    /**
     * True if the log grew by more than the length asked since offset.
     * <p>Wire name: {@code overflow}.
     */
    public boolean getOverflow() {
        return overflow;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of LogTail
     */
    public static LogTail fromWire(Object value, String where) {
        List<?> items = Wire.toTuple(value, where, "LogTail", 3);
        return new LogTail(
                Wire.toStr(items.get(0), where + ".bytes"),
                Wire.toInt(items.get(1), where + ".offset"),
                Wire.toBoolean(items.get(2), where + ".overflow"));
    }

    /** Encodes as the wire value: a positional array. */
    public List<Object> toWire() {
        return List.of(
                bytes,
                offset,
                overflow);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LogTail)) {
            return false;
        }
        LogTail that = (LogTail) other;
        return Objects.equals(bytes, that.bytes)
                && Objects.equals(offset, that.offset)
                && Objects.equals(overflow, that.overflow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bytes, offset, overflow);
    }

    @Override
    public String toString() {
        return "LogTail{"
                + "bytes=" + bytes
                + ", offset=" + offset
                + ", overflow=" + overflow
                + "}";
    }
}
