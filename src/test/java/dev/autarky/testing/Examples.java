package dev.autarky.testing;

import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Uniform;
import java.util.List;
import java.util.SplittableRandom;

/** Example distributions of every kind, including edge shapes, shared by contract and sampler tests. */
public final class Examples {

    private Examples() {
    }

    /** At least one example of every kind, with edge cases (mode at an end, deep truncation, zero weights). */
    public static List<Distribution> all() {
        return List.of(
                new Fixed(3.5),
                new Uniform(-2, 5),
                new Triangular(0, 2, 10),
                new Triangular(1, 1, 4),
                new Triangular(1, 4, 4),
                Pert.of(0, 1, 10),
                Pert.of(0, 5, 10),
                new Pert(2, 3, 12, 8),
                Normal.of(10, 2),
                Normal.truncated(10, 2, 7, Double.POSITIVE_INFINITY),
                Normal.truncated(5, 3, 0, 20),
                Normal.truncated(0, 1, Double.NEGATIVE_INFINITY, -5),
                Normal.truncated(0, 1, 6, 7),
                Normal.truncated(0, 1, 7, Double.POSITIVE_INFINITY),
                new LogNormal(1, 0.5),
                LogNormal.ofMedianP90(100, 250),
                Beta.of(0.5, 0.5),
                Beta.of(2, 5),
                Beta.of(1, 1),
                new Beta(2, 3, 10, 20),
                new Exponential(3),
                new Gamma(0.5, 1),
                new Gamma(9, 2),
                new Gamma(1, 3),
                new Discrete(new double[] {1, 2, 5}, new double[] {0.2, 0.5, 0.3}),
                Discrete.bernoulli(0.3),
                new Discrete(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 0, 2, 0}),
                largeDiscrete(),
                new Empirical(new double[] {5, 1, 3, 3, 9, 2}),
                largeEmpirical());
    }

    /** Twenty values 0, 0.5, ..., 9.5 with weights 1..20: beyond the linear-scan limit. */
    public static Discrete largeDiscrete() {
        final double[] values = new double[20];
        final double[] weights = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = 0.5 * i;
            weights[i] = i + 1;
        }
        return new Discrete(values, weights);
    }

    /** 1000 deterministic pseudo-random samples (seed 42), skewed, with no ties. */
    public static Empirical largeEmpirical() {
        final SplittableRandom random = new SplittableRandom(42);
        final double[] samples = new double[1000];
        for (int i = 0; i < samples.length; i++) {
            final double u = random.nextDouble();
            samples[i] = u * u * 100;
        }
        return new Empirical(samples);
    }

    /** Whether the distribution has a continuous distribution function. */
    public static boolean isContinuous(Distribution d) {
        return !(d instanceof Fixed || d instanceof Discrete || d instanceof Empirical);
    }
}
