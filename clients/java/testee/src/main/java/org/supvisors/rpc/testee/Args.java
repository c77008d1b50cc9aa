package org.supvisors.rpc.testee;

import org.supvisors.rpc.DecodeException;
import org.supvisors.rpc.Wire;

/** The wire-shaped parameters of one testee request, decoded on demand by the dispatch table. */
final class Args {
    private final String method;
    private final Object[] values;

    Args(String method, Object[] values) {
        this.method = method;
        this.values = values;
    }

    /** Refuses a parameter count outside [min, max]. */
    void expectCount(int min, int max) {
        if (values.length < min || values.length > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new RequestException(method + ": expected " + expected + " params, got " + values.length);
        }
    }

    /** Parameter index, decoded: a value that does not fit is a request error. */
    <T> T get(int index, String name, Wire.Decoder<T> decoder) {
        try {
            return decoder.decode(values[index], method + ": param " + name);
        } catch (DecodeException e) {
            throw new RequestException(e.getMessage());
        }
    }

    /** Parameter index, decoded, or fallback (the spec's default) if the request does not give it. */
    <T> T getOr(int index, String name, Wire.Decoder<T> decoder, T fallback) {
        return index < values.length ? get(index, name, decoder) : fallback;
    }
}
