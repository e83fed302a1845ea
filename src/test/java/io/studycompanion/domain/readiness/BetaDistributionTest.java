package io.studycompanion.domain.readiness;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BetaDistributionTest {

    @Test
    void logGammaMatchesKnownValues() {
        assertThat(SpecialFunctions.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
        assertThat(SpecialFunctions.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-10));
    }

    @Test
    void distributionFunctionMatchesClosedForms() {
        assertThat(new BetaDistribution(1, 1).cdf(0.37)).isCloseTo(0.37, within(1e-12));
        // I_0.4(2, 3) = P(Binomial(4, 0.4) >= 2)
        assertThat(new BetaDistribution(2, 3).cdf(0.4)).isCloseTo(0.5248, within(1e-12));
        assertThat(new BetaDistribution(30, 2).cdf(0.95)).isCloseTo(1 - new BetaDistribution(2, 30).cdf(0.05),
                within(1e-12));
    }

    @Test
    void quantileInvertsTheDistributionFunction() {
        // Beta(1/2, 1/2) is the arcsine law: quantile sin²(πq/2).
        var arcsine = new BetaDistribution(0.5, 0.5);
        assertThat(arcsine.quantile(0.1)).isCloseTo(Math.pow(Math.sin(Math.PI * 0.05), 2), within(1e-10));
        var skewed = new BetaDistribution(32.8, 0.2);
        assertThat(skewed.cdf(skewed.quantile(0.1))).isCloseTo(0.1, within(1e-9));
        assertThat(new BetaDistribution(3, 3).quantile(0.5)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void drawsHaveTheRightMeanAndVarianceAlsoForShapesBelowOne() {
        for (var beta : new BetaDistribution[] {new BetaDistribution(0.3, 2.7), new BetaDistribution(12, 4)}) {
            var random = new Random(3);
            double sum = 0;
            double squares = 0;
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                double x = beta.sample(random);
                sum += x;
                squares += x * x;
            }
            double mean = sum / n;
            assertThat(mean).isCloseTo(beta.mean(), within(0.003));
            assertThat(squares / n - mean * mean).isCloseTo(beta.variance(), within(0.002));
        }
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatThrownBy(() -> new BetaDistribution(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetaDistribution(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
