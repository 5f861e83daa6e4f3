package dev.autarky.result;

import java.util.List;

/**
 * Fan-chart bands of one per-step series across paths: per step, the P5, P25, P50, P75 and P95
 * quantiles and the mean.
 *
 * <p>Means are exact; quantiles come from per-step histograms, accurate to {@code resolution}
 * (absolute for series in [0, 1], relative otherwise).
 *
 * @param name       series name, such as {@code "untrustedShare.Dy"}
 * @param unit       unit of its values
 * @param bands      one entry per step
 * @param resolution bound on the error of a band quantile
 * @param absolute   whether {@code resolution} is absolute (else relative)
 */
public record SeriesBands(String name, String unit, List<Band> bands, double resolution, boolean absolute) {

    /** Copies the list. */
    public SeriesBands {
        bands = List.copyOf(bands);
    }

    /**
     * The bands at one step.
     *
     * @param year calendar time the step starts
     * @param p5   5th percentile
     * @param p25  25th percentile
     * @param p50  median
     * @param p75  75th percentile
     * @param p95  95th percentile
     * @param mean mean
     */
    public record Band(double year, double p5, double p25, double p50, double p75, double p95, double mean) {
    }
}
