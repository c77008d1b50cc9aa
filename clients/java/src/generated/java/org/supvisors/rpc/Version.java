// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * The version of this client: the version of every Supvisors package of the same release (the file
 * VERSION at the repository root).
 */
public final class Version {
    /** MAJOR.MINOR.PATCH, as in the jar's name and its manifest's Implementation-Version. */
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
