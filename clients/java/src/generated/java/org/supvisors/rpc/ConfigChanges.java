// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.List;
import java.util.Objects;

/**
 * The group names that a reloadConfig added, changed and removed.
 *
 * <p>On the wire: a positional array [added, changed, removed].
 */
public final class ConfigChanges {
    private final List<String> added;
    private final List<String> changed;
    private final List<String> removed;

    /**
     * Builds a value.
     *
     * @param added Groups added.
     * @param changed Groups whose configuration changed.
     * @param removed Groups removed.
     */
    public ConfigChanges(List<String> added, List<String> changed, List<String> removed) {
        this.added = Wire.immutableList(added, "added");
        this.changed = Wire.immutableList(changed, "changed");
        this.removed = Wire.immutableList(removed, "removed");
    }

    /**
     * Groups added.
     * <p>Wire name: {@code added}.
     */
    public List<String> getAdded() {
        return added;
    }

    /**
     * Groups whose configuration changed.
     * <p>Wire name: {@code changed}.
     */
    public List<String> getChanged() {
        return changed;
    }

    /**
     * Groups removed.
     * <p>Wire name: {@code removed}.
     */
    public List<String> getRemoved() {
        return removed;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ConfigChanges
     */
    public static ConfigChanges fromWire(Object value, String where) {
        List<?> items = Wire.toTuple(value, where, "ConfigChanges", 3);
        return new ConfigChanges(
                Wire.toList(items.get(0), where + ".added", Wire::toStr),
                Wire.toList(items.get(1), where + ".changed", Wire::toStr),
                Wire.toList(items.get(2), where + ".removed", Wire::toStr));
    }

    /** Encodes as the wire value: a positional array. */
    public List<Object> toWire() {
        return List.of(
                Wire.encodeList(added, v0 -> v0),
                Wire.encodeList(changed, v0 -> v0),
                Wire.encodeList(removed, v0 -> v0));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ConfigChanges)) {
            return false;
        }
        ConfigChanges that = (ConfigChanges) other;
        return Objects.equals(added, that.added)
                && Objects.equals(changed, that.changed)
                && Objects.equals(removed, that.removed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(added, changed, removed);
    }

    @Override
    public String toString() {
        return "ConfigChanges{"
                + "added=" + added
                + ", changed=" + changed
                + ", removed=" + removed
                + "}";
    }
}
