package io.studycompanion.domain.quiz;

import io.studycompanion.domain.Question;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BlueprintSamplerTest {
    private static final Map<Integer, Integer> WEIGHTS = new LinkedHashMap<>(Map.of(1, 44, 2, 44, 3, 12));

    @Test
    void quotasFollowTheWeightsAndAddUpExactly() {
        assertThat(BlueprintSampler.quotas(WEIGHTS, 60)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 27, 2, 26, 3, 7))
                .satisfies(q -> assertThat(q.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60));
        assertThat(BlueprintSampler.quotas(WEIGHTS, 59)).containsExactlyInAnyOrderEntriesOf(Map.of(1, 26, 2, 26, 3, 7));
        assertThat(BlueprintSampler.quotas(WEIGHTS, 10).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void sampleDrawsEachSectionsQuotaWithoutRepeats() {
        var bySection = Map.of(1, pool(1, 150), 2, pool(2, 140), 3, pool(3, 40));
        var sample = BlueprintSampler.sample(bySection, WEIGHTS, 60, QuestionHistory.EMPTY, new Random(7));
        assertThat(sample).hasSize(60).doesNotHaveDuplicates();
        var perSection = sample.stream().collect(Collectors.groupingBy(q -> q.objectives().get(0).section(), Collectors.counting()));
        assertThat(perSection).containsExactlyInAnyOrderEntriesOf(Map.of(1, 27L, 2, 26L, 3, 7L));
    }

    @Test
    void differentSeedsGiveDifferentExamsAndTheSameSeedTheSameExam() {
        var bySection = Map.of(1, pool(1, 150), 2, pool(2, 140), 3, pool(3, 40));
        var a = BlueprintSampler.sample(bySection, WEIGHTS, 60, QuestionHistory.EMPTY, new Random(1));
        assertThat(BlueprintSampler.sample(bySection, WEIGHTS, 60, QuestionHistory.EMPTY, new Random(1))).isEqualTo(a);
        assertThat(BlueprintSampler.sample(bySection, WEIGHTS, 60, QuestionHistory.EMPTY, new Random(2))).isNotEqualTo(a);
    }

    @Test
    void aSmallSectionGivesWhatItHas() {
        var sample = BlueprintSampler.sample(Map.of(1, pool(1, 100), 2, pool(2, 100), 3, pool(3, 3)), WEIGHTS, 60, QuestionHistory.EMPTY, new Random(3));
        assertThat(sample.stream().filter(q -> q.objectives().get(0).section() == 3)).hasSize(3);
    }

    @Test
    void questionsNotAnsweredYetComeFirstWithinEachSection() {
        var bySection = Map.of(1, pool(1, 150), 2, pool(2, 140), 3, pool(3, 40));
        // Answered before: all of section 1 but 10, a third of section 2, all of section 3.
        var answered = new java.util.HashMap<String, Boolean>();
        bySection.get(1).stream().skip(10).forEach(q -> answered.put(q.id(), true));
        bySection.get(2).stream().limit(47).forEach(q -> answered.put(q.id(), false));
        bySection.get(3).forEach(q -> answered.put(q.id(), true));
        var history = new QuestionHistory(answered, java.util.Set.of());
        for (int seed = 0; seed < 20; seed++) {
            var sample = BlueprintSampler.sample(bySection, WEIGHTS, 60, history, new Random(seed));
            var unseen = sample.stream().filter(q -> !history.seen(q.id()))
                    .collect(Collectors.groupingBy(q -> q.objectives().get(0).section(), Collectors.counting()));
            assertThat(unseen).as("seed " + seed).containsExactlyInAnyOrderEntriesOf(Map.of(1, 10L, 2, 26L));
            assertThat(sample).hasSize(60).doesNotHaveDuplicates();
        }
    }

    private static List<Question> pool(int section, int n) {
        return new ArrayList<>(IntStream.range(0, n)
                .mapToObj(i -> QuizFixtures.single("s" + section + "-" + i, "v:" + section + ".1.1", "A")).toList());
    }
}
