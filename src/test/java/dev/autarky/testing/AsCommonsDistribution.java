package dev.autarky.testing;

import dev.autarky.uncertain.Distribution;
import org.apache.commons.math3.distribution.AbstractRealDistribution;

/**
 * Presents one of our distributions to commons-math3 (for its Kolmogorov-Smirnov test), which only
 * needs the distribution function; the density is not available and throws.
 */
public final class AsCommonsDistribution extends AbstractRealDistribution {

    private static final long serialVersionUID = 1L;
    private final transient Distribution distribution;

    public AsCommonsDistribution(Distribution distribution) {
        super(null);
        this.distribution = distribution;
    }

    @Override
    public double density(double x) {
        throw new UnsupportedOperationException("density");
    }

    @Override
    public double cumulativeProbability(double x) {
        return distribution.cdf(x);
    }

    @Override
    public double getNumericalMean() {
        return distribution.mean();
    }

    @Override
    public double getNumericalVariance() {
        return distribution.variance();
    }

    @Override
    public double getSupportLowerBound() {
        return distribution.lowerBound();
    }

    @Override
    public double getSupportUpperBound() {
        return distribution.upperBound();
    }

    @Override
    @Deprecated
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    @Deprecated
    public boolean isSupportUpperBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
