package io.studycompanion.domain;

/** Single answer (one key) or multiple answer ("Choose N", scored all or nothing). */
public enum QuestionType {
    SINGLE, MULTIPLE
}
