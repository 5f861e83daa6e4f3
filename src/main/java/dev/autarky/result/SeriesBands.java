package dev.autarky.result;

import java.util.List;

/**
 * Fan-chart bands of one per-step series across paths: per step, the P5, P25, P50, P75 and P95
 * quantiles and the mean, each quantile with its own confidence interval.
 *
 * <p>Means are exact; quantiles come from per-step histograms, accurate to {@code resolution}
 * (absolute for series in [0, 1], relative otherwise). A band quantile's interval is
 * distribution-free: the order statistics of binomial ranks (as for cost quantiles), widened to
 * the edges of the histogram bins that hold them, so it accounts for both the Monte Carlo error
 * and the histogram's resolution.
 *
 * @param name       series name, such as {@code "untrustedShare.Dy"}
 * @param unit       unit of its values
 * @param bands      one entry per step
 * @param resolution bound on the error of a band quantile
 * @param absolute   whether {@code resolution} is absolute (else relative)
 */
public record SeriesBands(String name, String unit, List<Band> bands, double resolution, boolean absolute) {

    /** The quantile levels of a band. */
    public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    /**
     * Copies the list.
     *
     * @param name series name, such as {@code "untrustedShare.Dy"}
     * @param unit unit of its values
     * @param bands one entry per step
     * @param resolution bound on the error of a band quantile
     * @param absolute whether {@code resolution} is absolute (else relative)
     */
    public SeriesBands {
        bands = List.copyOf(bands);
    }

    /**
     * The band of the first step of calendar year {@code year} (the step starting on 1 January).
     *
     * <pre>{@code
     * double medianDyShare2035 = result.series("capabilityShare.Dy").inYear(2035).p50();
     * }</pre>
     *
     * @param year calendar year within the horizon
     * @return the band of the step starting on 1 January of {@code year}
     * @throws IllegalArgumentException if no step starts on 1 January of {@code year}
     */
    public Band inYear(int year) {
        for (Band b : bands) {
            if (b.year() == year) {
                return b;
            }
        }
        String range = bands.isEmpty() ? "none"
                : (int) Math.ceil(bands.get(0).year()) + " to " + (int) Math.floor(bands.get(bands.size() - 1).year());
        throw new IllegalArgumentException("year: " + year + " is not within the horizon of series " + name
                + " (years " + range + ")");
    }

    /**
     * The bands at one step.
     *
     * @param year   calendar time the step starts
     * @param p5     5th percentile
     * @param p25    25th percentile
     * @param p50    median
     * @param p75    75th percentile
     * @param p95    95th percentile
     * @param mean   mean
     * @param limits confidence limits of the five quantiles
     */
    public record Band(double year, double p5, double p25, double p50, double p75, double p95, double mean,
            Limits limits) {

        /**
         * The band quantile at {@code level} (one of {@link #LEVELS}) with its interval.
         *
         * @param level quantile level, in [0, 1]
         * @return the band quantile at {@code level} (one of {@link #LEVELS}) with its interval
         */
        public Estimate quantile(double level) {
            double v;
            int i;
            if (level == 0.05) {
                v = p5;
                i = 0;
            } else if (level == 0.25) {
                v = p25;
                i = 1;
            } else if (level == 0.5) {
                v = p50;
                i = 2;
            } else if (level == 0.75) {
                v = p75;
                i = 3;
            } else if (level == 0.95) {
                v = p95;
                i = 4;
            } else {
                throw new IllegalArgumentException("level: must be one of 0.05, 0.25, 0.5, 0.75, 0.95, was " + level);
            }
            return new Estimate(v, limits.lower(i), limits.upper(i), limits.confidence());
        }
    }

    /**
     * Confidence limits of the five band quantiles at one step; {@code ±∞} (or the series' known
     * bounds 0 and 1) where too few paths bound a quantile.
     *
     * @param confidence nominal coverage of each interval
     * @param p5Lower    lower limit of P5
     * @param p5Upper    upper limit of P5
     * @param p25Lower   lower limit of P25
     * @param p25Upper   upper limit of P25
     * @param p50Lower   lower limit of P50
     * @param p50Upper   upper limit of P50
     * @param p75Lower   lower limit of P75
     * @param p75Upper   upper limit of P75
     * @param p95Lower   lower limit of P95
     * @param p95Upper   upper limit of P95
     */
    public record Limits(double confidence, double p5Lower, double p5Upper, double p25Lower, double p25Upper,
            double p50Lower, double p50Upper, double p75Lower, double p75Upper, double p95Lower, double p95Upper) {

        /**
         * Limits from arrays in {@link #LEVELS} order.
         *
         * @param confidence nominal coverage of each interval
         * @param lower lower limit of each level
         * @param upper upper limit of each level
         * @return limits from arrays in {@link #LEVELS} order
         */
        public static Limits of(double confidence, double[] lower, double[] upper) {
            return new Limits(confidence, lower[0], upper[0], lower[1], upper[1], lower[2], upper[2], lower[3],
                    upper[3], lower[4], upper[4]);
        }

        /**
         * Lower limit of the {@code i}-th level of {@link #LEVELS}.
         *
         * @param i index into {@link #LEVELS}
         * @return lower limit of the {@code i}-th level of {@link #LEVELS}
         */
        public double lower(int i) {
            return switch (i) {
                case 0 -> p5Lower;
                case 1 -> p25Lower;
                case 2 -> p50Lower;
                case 3 -> p75Lower;
                case 4 -> p95Lower;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }

        /**
         * Upper limit of the {@code i}-th level of {@link #LEVELS}.
         *
         * @param i index into {@link #LEVELS}
         * @return upper limit of the {@code i}-th level of {@link #LEVELS}
         */
        public double upper(int i) {
            return switch (i) {
                case 0 -> p5Upper;
                case 1 -> p25Upper;
                case 2 -> p50Upper;
                case 3 -> p75Upper;
                case 4 -> p95Upper;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}
