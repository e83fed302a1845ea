package io.studycompanion.content;

/** Content that cannot be loaded: names the file and what is wrong with it. */
public class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
