package io.studycompanion.domain;

/** A documentation page that settles a question. */
public record Reference(String title, String url) {
}
