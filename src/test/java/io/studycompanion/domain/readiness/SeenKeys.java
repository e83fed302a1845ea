package io.studycompanion.domain.readiness;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** The keys one learner has seen so far: for each question, when last and how often. */
final class SeenKeys {
    private final LearnerMemory memory;
    private final Map<String, Seen> seen = new HashMap<>();

    SeenKeys(LearnerMemory memory) {
        this.memory = memory;
    }

    /**
     * Whether the learner answers {@code question} from memory at {@code at}. Draws from {@code recall} only when the
     * key was seen before and the learner has any memory, so a learner without memory never touches the stream.
     */
    boolean remembers(IrtQuestion question, Instant at, Random recall) {
        var last = seen.get(question.id());
        if (last == null || memory.strength() == 0) {
            return false;
        }
        return recall.nextDouble() < memory.recallChance(at.getEpochSecond() - last.at(), last.times());
    }

    /** The key is shown after every answer, right or wrong, practice or exam simulation. */
    void saw(IrtQuestion question, Instant at) {
        seen.merge(question.id(), new Seen(at.getEpochSecond(), 1),
                (old, now) -> new Seen(now.at(), old.times() + 1));
    }

    private record Seen(long at, int times) {
    }
}
