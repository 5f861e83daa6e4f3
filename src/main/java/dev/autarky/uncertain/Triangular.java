package dev.autarky.uncertain;

import dev.autarky.internal.Checks;

/**
 * The triangular distribution on {@code [min, max]} with its peak at {@code mode} (in the unit of
 * the input), the usual three-point expert estimate.
 *
 * <p>Quantile: {@code min + sqrt(p (max-min)(mode-min))} for {@code p < F(mode)}, otherwise
 * {@code max - sqrt((1-p)(max-min)(max-mode))}, where {@code F(mode) = (mode-min)/(max-min)}.
 * Mean {@code (min+mode+max)/3}; variance
 * {@code (min^2+mode^2+max^2 - min mode - min max - mode max)/18}.
 *
 * @param min  the lower end; finite
 * @param mode the most likely value; in {@code [min, max]}
 * @param max  the upper end; finite and {@code > min}
 */
public record Triangular(double min, double mode, double max) implements Distribution {

    /**
     * Validates finiteness, {@code min < max} and {@code min <= mode <= max}.
     *
     * @param min the lower end; finite
     * @param mode the most likely value; in {@code [min, max]}
     * @param max the upper end; finite and {@code > min}
     */
    public Triangular {
        Checks.requireFinite(min, "min");
        Checks.requireFinite(max, "max");
        if (!(max > min)) {
            throw Checks.fail("max", "> min (" + Checks.format(min) + ")", max);
        }
        Checks.requireFinite(max - min, "max - min");
        Checks.requireInRange(mode, min, max, "mode");
    }

    /**
     * The closed-form inverse given in the class description, rearranged where a branch would
     * otherwise cancel (near {@code min} when the mode is at {@code min}, and near {@code max}
     * when it is at {@code max}), so both ends keep their relative precision.
     */
    @Override
    public double quantile(double p) {
        Checks.requireProbability(p, "p");
        if (p == 0) {
            return min;
        }
        if (p == 1) {
            return max;
        }
        final double range = max - min;
        final double left = mode - min;
        final double right = max - mode;
        if (p * range < left) {
            final double t = Math.sqrt(p * range * left);
            if (t <= 0.5 * range) {
                return min + t;
            }
            // max - x = range - t = range (right + (1-p) left) / (range + t)
            return max - range * (right + (1.0 - p) * left) / (range + t);
        }
        final double s = Math.sqrt((1.0 - p) * range * right);
        if (s <= 0.5 * range) {
            return max - s;
        }
        // x - min = range - s = range (left + p right) / (range + s)
        return min + range * (left + p * right) / (range + s);
    }

    /**
     * Piecewise quadratic: {@code (x-min)^2/((max-min)(mode-min))} up to the mode; beyond it
     * {@code 1 - (max-x)^2/((max-min)(max-mode))}, evaluated as
     * {@code [(max-mode)(mode-min) + (x-mode)(2 max - mode - x)] / ((max-min)(max-mode))} so that it
     * does not cancel when the mode is at {@code min}.
     */
    @Override
    public double cdf(double x) {
        if (x != x) {
            return Double.NaN;
        }
        if (x <= min) {
            return 0.0;
        }
        if (x >= max) {
            return 1.0;
        }
        final double range = max - min;
        if (x <= mode) {
            final double d = x - min;
            return d * d / (range * (mode - min));
        }
        final double right = max - mode;
        return Math.min(1.0, (right * (mode - min) + (x - mode) * (2.0 * max - mode - x)) / (range * right));
    }

    /** {@code (min + mode + max) / 3}. */
    @Override
    public double mean() {
        return (min + mode + max) / 3.0;
    }

    /** {@code (c^2 + r^2 - c r) / 18} with {@code c = mode - min}, {@code r = max - min}. */
    @Override
    public double variance() {
        final double c = mode - min;
        final double r = max - min;
        return (c * c + r * r - c * r) / 18.0;
    }

    /** {@link #min()}. */
    @Override
    public double lowerBound() {
        return min;
    }

    /** {@link #max()}. */
    @Override
    public double upperBound() {
        return max;
    }

    /** {@code "triangular"}. */
    @Override
    public String kind() {
        return "triangular";
    }
}
