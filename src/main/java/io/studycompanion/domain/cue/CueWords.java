package io.studycompanion.domain.cue;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the cue checks use: absolutes that test-wise readers rule out, hedges they pick, and the
 * common words that carry no content (ignored for echo, convergence and near-duplicate stems).
 */
public final class CueWords {
    public static final Set<String> ABSOLUTE = Set.of("always", "never", "only", "must", "cannot", "can't", "none",
            "guarantee", "guarantees", "guaranteed", "impossible", "entirely", "completely", "exclusively", "solely",
            "every", "all");
    public static final Set<String> HEDGE = Set.of("usually", "typically", "generally", "often", "may", "might",
            "could", "can", "sometimes", "possibly", "likely", "tends", "tend", "some", "mostly", "normally");
    public static final Set<String> STOP = words("""
            a an the and or of to in on for with by at from as is are was were be been being this that these
            those it its into than then so such which what when where who whom how why not no do does did done can
            could should would will shall may might must have has had your you their they them our we us each any all
            more most other same also only just very use used using uses one two three four five per via both if else
            there here about after before between over under while during without within across up down out off new""");

    private CueWords() {
    }

    /** Whether any of {@code words} is in {@code list}. */
    public static boolean containsAny(Set<String> list, Collection<String> words) {
        return words.stream().anyMatch(list::contains);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
