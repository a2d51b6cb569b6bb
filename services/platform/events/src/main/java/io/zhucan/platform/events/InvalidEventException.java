package io.zhucan.platform.events;

/**
 * An event that can never be processed as it is: unknown type, missing CloudEvents attributes,
 * malformed JSON or a payload that breaks its schema. Consumers send it to the dead-letter topic
 * at once instead of retrying.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
