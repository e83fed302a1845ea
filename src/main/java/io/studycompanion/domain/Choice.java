package io.studycompanion.domain;

/** One answer option, with the reason it is right or wrong. */
public record Choice(String id, String text, String rationale) {
}
