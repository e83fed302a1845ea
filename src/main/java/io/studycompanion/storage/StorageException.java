package io.studycompanion.storage;

/** A storage failure, with a message a user can act on (which file, what went wrong). */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
