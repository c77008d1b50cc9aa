// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/** The fault codes of the spec, and the exception class of each. */
public final class Faults {
    /** The method does not exist. */
    public static final int UNKNOWN_METHOD = 1;
    /** Wrong number or type of parameters. */
    public static final int INCORRECT_PARAMETERS = 2;
    /** Arguments are not acceptable. */
    public static final int BAD_ARGUMENTS = 3;
    /** The method has no signature or help. */
    public static final int SIGNATURE_UNSUPPORTED = 4;
    /** supervisord is shutting down. */
    public static final int SHUTDOWN_STATE = 6;
    /** No process, group or application of that name. */
    public static final int BAD_NAME = 10;
    /** Not a signal name or number. */
    public static final int BAD_SIGNAL = 11;
    /** A file (log, command) does not exist. */
    public static final int NO_FILE = 20;
    /** The command cannot be executed. */
    public static final int NOT_EXECUTABLE = 21;
    /** The operation failed. */
    public static final int FAILED = 30;
    /** The process could not be started or stopped as asked. */
    public static final int ABNORMAL_TERMINATION = 40;
    /** The process could not be spawned. */
    public static final int SPAWN_ERROR = 50;
    /** The process or application is already running. */
    public static final int ALREADY_STARTED = 60;
    /** The process is not running. */
    public static final int NOT_RUNNING = 70;
    /** Not a fault: the status code of a successful item in a group result. */
    public static final int SUCCESS = 80;
    /** The process group is already active. */
    public static final int ALREADY_ADDED = 90;
    /** The process group still has running processes. */
    public static final int STILL_RUNNING = 91;
    /** The configuration file cannot be read again. */
    public static final int CANT_REREAD = 92;
    /** The Supvisors configuration or rules file is wrong. */
    public static final int SUPVISORS_CONF_ERROR = 100;
    /** The request is not allowed in the current Supvisors state. */
    public static final int BAD_SUPVISORS_STATE = 101;
    /** The address is unknown to Supvisors. */
    public static final int BAD_ADDRESS = 102;
    /** The strategy is unknown to Supvisors. */
    public static final int BAD_STRATEGY = 103;
    /** Extra arguments are not allowed for this program. */
    public static final int BAD_EXTRA_ARGUMENTS = 104;

    private Faults() {
    }

    /**
     * The exception of a fault: an instance of the fault's own subclass, or of
     * {@link SupvisorsFaultException} itself for a code that the spec does not know.
     */
    public static SupvisorsFaultException of(int code, String faultString) {
        switch (code) {
            case 1:
                return new UnknownMethodException(faultString);
            case 2:
                return new IncorrectParametersException(faultString);
            case 3:
                return new BadArgumentsException(faultString);
            case 4:
                return new SignatureUnsupportedException(faultString);
            case 6:
                return new ShutdownStateException(faultString);
            case 10:
                return new BadNameException(faultString);
            case 11:
                return new BadSignalException(faultString);
            case 20:
                return new NoFileException(faultString);
            case 21:
                return new NotExecutableException(faultString);
            case 30:
                return new FailedException(faultString);
            case 40:
                return new AbnormalTerminationException(faultString);
            case 50:
                return new SpawnErrorException(faultString);
            case 60:
                return new AlreadyStartedException(faultString);
            case 70:
                return new NotRunningException(faultString);
            case 80:
                return new SuccessException(faultString);
            case 90:
                return new AlreadyAddedException(faultString);
            case 91:
                return new StillRunningException(faultString);
            case 92:
                return new CantRereadException(faultString);
            case 100:
                return new SupvisorsConfErrorException(faultString);
            case 101:
                return new BadSupvisorsStateException(faultString);
            case 102:
                return new BadAddressException(faultString);
            case 103:
                return new BadStrategyException(faultString);
            case 104:
                return new BadExtraArgumentsException(faultString);
            default:
                return new SupvisorsFaultException(code, faultString);
        }
    }

    /** The spec's name of a fault code (e.g. "BAD_NAME"), or null for an unknown code. */
    public static String nameOf(int code) {
        switch (code) {
            case 1:
                return "UNKNOWN_METHOD";
            case 2:
                return "INCORRECT_PARAMETERS";
            case 3:
                return "BAD_ARGUMENTS";
            case 4:
                return "SIGNATURE_UNSUPPORTED";
            case 6:
                return "SHUTDOWN_STATE";
            case 10:
                return "BAD_NAME";
            case 11:
                return "BAD_SIGNAL";
            case 20:
                return "NO_FILE";
            case 21:
                return "NOT_EXECUTABLE";
            case 30:
                return "FAILED";
            case 40:
                return "ABNORMAL_TERMINATION";
            case 50:
                return "SPAWN_ERROR";
            case 60:
                return "ALREADY_STARTED";
            case 70:
                return "NOT_RUNNING";
            case 80:
                return "SUCCESS";
            case 90:
                return "ALREADY_ADDED";
            case 91:
                return "STILL_RUNNING";
            case 92:
                return "CANT_REREAD";
            case 100:
                return "SUPVISORS_CONF_ERROR";
            case 101:
                return "BAD_SUPVISORS_STATE";
            case 102:
                return "BAD_ADDRESS";
            case 103:
                return "BAD_STRATEGY";
            case 104:
                return "BAD_EXTRA_ARGUMENTS";
            default:
                return null;
        }
    }
}
