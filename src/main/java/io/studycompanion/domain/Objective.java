package io.studycompanion.domain;

/** One exam objective as the guide states it. */
public record Objective(ObjectiveId id, String text) {
}
