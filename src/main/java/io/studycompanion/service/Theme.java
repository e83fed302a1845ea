package io.studycompanion.service;

/** The colour themes the app offers. */
public enum Theme {
    LIGHT, DARK
}
