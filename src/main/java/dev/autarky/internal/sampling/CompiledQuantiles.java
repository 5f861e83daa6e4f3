package dev.autarky.internal.sampling;

import dev.autarky.internal.Checks;
import dev.autarky.internal.math.NormalFunctions;
import dev.autarky.internal.math.OrderStatistics;
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

/** The closed-form samplers behind {@link QuantileFunction#compile}, one small immutable type per family. */
final class CompiledQuantiles {

    /** Up to this many values a discrete sampler scans linearly; beyond, it bisects. */
    static final int LINEAR_SCAN_LIMIT = 8;

    private CompiledQuantiles() {
    }

    static QuantileFunction compile(Distribution d) {
        Checks.requireNonNull(d, "distribution");
        if (d instanceof Fixed f) {
            return new FixedQuantile(f.value());
        } else if (d instanceof Uniform u) {
            return new UniformQuantile(u.min(), u.max() - u.min());
        } else if (d instanceof Triangular t) {
            return new TriangularQuantile(t.min(), t.max(), t.mode() - t.min(), t.max() - t.mode());
        } else if (d instanceof Exponential e) {
            return new ExponentialQuantile(e.mean());
        } else if (d instanceof Normal n) {
            return compileNormal(n);
        } else if (d instanceof LogNormal l) {
            return new LogNormalQuantile(l.mu(), l.sigma());
        } else if (d instanceof Discrete disc) {
            final double[] values = disc.values();
            final double[] cumulative = disc.cumulativeProbabilities();
            return values.length <= LINEAR_SCAN_LIMIT
                    ? new DiscreteScanQuantile(values, cumulative, disc.upperBound())
                    : new DiscreteSearchQuantile(values, cumulative, disc.upperBound());
        } else if (d instanceof Empirical e) {
            return new EmpiricalQuantile(e.sortedSamples());
        } else if (d instanceof Pert || d instanceof Beta || d instanceof Gamma) {
            return new QuantileTable(d);
        }
        throw new IllegalArgumentException("distribution: must be a known kind, was " + d);
    }

    private static QuantileFunction compileNormal(Normal n) {
        if (!n.isTruncated()) {
            return new NormalQuantile(n.mu(), n.sigma());
        }
        final double a = (n.min() - n.mu()) / n.sigma();
        final double b = (n.max() - n.mu()) / n.sigma();
        if (a > 0) {
            final double qa = NormalFunctions.complementaryCdf(a);
            final double qb = NormalFunctions.complementaryCdf(b);
            return new UpperTruncatedNormalQuantile(n.mu(), n.sigma(), qa, qa - qb, n.min(), n.max());
        }
        final double pa = NormalFunctions.cdf(a);
        final double pb = NormalFunctions.cdf(b);
        return new TruncatedNormalQuantile(n.mu(), n.sigma(), pa, pb - pa, n.min(), n.max());
    }

    /** A point mass. */
    record FixedQuantile(double value) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            return value;
        }
    }

    /** {@code min + u width}. */
    record UniformQuantile(double min, double width) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            return min + u * width;
        }
    }

    /**
     * The two square-root branches of the triangular inverse, split at {@code F(mode)}, with the
     * same cancellation-free rearrangement near the far end as {@link Triangular#quantile}.
     */
    record TriangularQuantile(double min, double max, double left, double right) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            final double range = max - min;
            if (u * range < left) {
                final double t = Math.sqrt(u * range * left);
                return t <= 0.5 * range ? min + t : max - range * (right + (1.0 - u) * left) / (range + t);
            }
            final double s = Math.sqrt((1.0 - u) * range * right);
            return s <= 0.5 * range ? max - s : min + range * (left + u * right) / (range + s);
        }
    }

    /**
     * {@code -mean log(1 - u)}: {@code log1p(-u)} below 1/2, where {@code 1 - u} would round, and the
     * faster (intrinsic) {@code log(1 - u)} from 1/2 on, where {@code 1 - u} is exact; as
     * {@link Exponential#quantile}.
     */
    record ExponentialQuantile(double mean) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            return -mean * (u < 0.5 ? Math.log1p(-u) : Math.log(1.0 - u));
        }
    }

    /** {@code mu + sigma Phi^-1(u)}. */
    record NormalQuantile(double mu, double sigma) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            return mu + sigma * NormalFunctions.inverseCdf(u);
        }
    }

    /** {@code exp(mu + sigma Phi^-1(u))}. */
    record LogNormalQuantile(double mu, double sigma) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            return Math.exp(mu + sigma * NormalFunctions.inverseCdf(u));
        }
    }

    /** {@code mu + sigma Phi^-1(Phi(a) + u mass)}, clamped to {@code [min, max]}. */
    record TruncatedNormalQuantile(double mu, double sigma, double lowerProbability, double mass, double min,
            double max) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            final double x = mu + sigma * NormalFunctions.inverseCdf(lowerProbability + u * mass);
            return Math.min(max, Math.max(min, x));
        }
    }

    /**
     * {@code mu - sigma Phi^-1(Q(a) - u mass)} with {@code Q = 1 - Phi}, for intervals right of the
     * mean, where {@code Phi(a)} would round to 1; clamped to {@code [min, max]}.
     */
    record UpperTruncatedNormalQuantile(double mu, double sigma, double lowerSurvival, double mass, double min,
            double max) implements QuantileFunction {
        @Override
        public double quantile(double u) {
            final double x = mu - sigma * NormalFunctions.inverseCdf(lowerSurvival - u * mass);
            return Math.min(max, Math.max(min, x));
        }
    }

    /** The first value whose cumulative probability reaches {@code u}, by a linear scan. */
    static final class DiscreteScanQuantile implements QuantileFunction {
        private final double[] values;
        private final double[] cumulative;
        private final double last;

        DiscreteScanQuantile(double[] values, double[] cumulative, double last) {
            this.values = values;
            this.cumulative = cumulative;
            this.last = last;
        }

        @Override
        public double quantile(double u) {
            final double[] c = cumulative;
            for (int i = 0; i < c.length; i++) {
                if (u <= c[i]) {
                    return values[i];
                }
            }
            return last;
        }
    }

    /** The first value whose cumulative probability reaches {@code u}, by bisection. */
    static final class DiscreteSearchQuantile implements QuantileFunction {
        private final double[] values;
        private final double[] cumulative;
        private final double last;

        DiscreteSearchQuantile(double[] values, double[] cumulative, double last) {
            this.values = values;
            this.cumulative = cumulative;
            this.last = last;
        }

        @Override
        public double quantile(double u) {
            final double[] c = cumulative;
            int lo = 0;
            int hi = c.length - 1;
            if (!(u <= c[hi])) {
                return last;
            }
            while (lo < hi) {
                final int mid = (lo + hi) >>> 1;
                if (c[mid] >= u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }
    }

    /** The order statistic {@code x_(ceil(u n))}. */
    static final class EmpiricalQuantile implements QuantileFunction {
        private final double[] sorted;

        EmpiricalQuantile(double[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public double quantile(double u) {
            return sorted[OrderStatistics.quantileIndex(u, sorted.length)];
        }
    }
}
