package dev.autarky.result;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The confidence procedures do what they claim: over many replications on distributions with
 * known answers (fixed seeds), nominal 95 % intervals cover the true value 93–97 % of the time.
 * With {@value #REPLICATIONS} replications the coverage estimate has a standard error of about
 * 0.35 %, so a procedure with true coverage in 94–96 % lands in the band with a margin of about
 * three standard errors at the least favourable end.
 */
class CoverageTest {

    private static final int REPLICATIONS = 4_000;
    private static final double CONFIDENCE = 0.95;

    private static void assertCoverage(int covered, int replications, String what) {
        double c = (double) covered / replications;
        System.out.printf(java.util.Locale.ROOT, "coverage of %s: %.4f%n", what, c);
        assertTrue(c >= 0.93 && c <= 0.97, what + ": coverage " + c);
    }

    /** P(by year) and the survival curve: Wilson intervals on discrete (geometric) times to self-reliance. */
    @Test
    void probabilityByYearAndSurvivalIntervals() {
        SplittableRandom rng = new SplittableRandom(101);
        int n = 1000;
        int steps = 20;
        int[] coveredBy = new int[3];
        int[] checkYears = {2, 6, 14}; // P(T <= k) = 1 - 0.9^(k+1): 0.27, 0.52, 0.79
        for (int r = 0; r < REPLICATIONS; r++) {
            TimeToSelfReliance t = geometricTimes(rng, n, steps, 0.1);
            for (int j = 0; j < checkYears.length; j++) {
                int k = checkYears[j];
                double exact = 1 - Math.pow(0.9, k + 1);
                if (t.probabilityBy(2030 + k, CONFIDENCE).contains(exact)) {
                    coveredBy[j]++;
                }
            }
        }
        for (int j = 0; j < checkYears.length; j++) {
            assertCoverage(coveredBy[j], REPLICATIONS, "P(by step " + checkYears[j] + ")");
        }
    }

    /** Restricted mean: normal interval with the Kaplan–Meier variance. */
    @Test
    void restrictedMeanIntervals() {
        SplittableRandom rng = new SplittableRandom(102);
        double exact = 0;
        for (int k = 0; k < 20; k++) {
            exact += Math.pow(0.9, k + 1);
        }
        int covered = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            if (geometricTimes(rng, 500, 20, 0.1).restrictedMean(CONFIDENCE).contains(exact)) {
                covered++;
            }
        }
        assertCoverage(covered, REPLICATIONS, "restricted mean");
    }

    /**
     * Time quantiles: on discrete times the order-statistic interval is conservative (ties make
     * it cover more often), so only "at least 93 %" is expected.
     */
    @Test
    void timeQuantileIntervalsAreConservative() {
        SplittableRandom rng = new SplittableRandom(103);
        int covered = 0;
        int replications = 1_000;
        for (int r = 0; r < replications; r++) {
            TimeToSelfReliance t = geometricTimes(rng, 500, 20, 0.1);
            TimeQuantile q = t.quantile(0.5, CONFIDENCE);
            // exact median step: smallest k with 1 - 0.9^(k+1) >= 0.5, i.e. k = 6
            if (q.lower().getAsDouble() <= 2036 && 2036 <= q.upper().getAsDouble()) {
                covered++;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "coverage of the time median: %.4f%n", covered / (double) replications);
        assertTrue(covered >= 0.93 * replications, "time median coverage " + covered);
    }

    /** Cost quantiles: order-statistic intervals on a continuous (exponential) distribution. */
    @Test
    void quantileIntervalsOnAContinuousDistribution() {
        SplittableRandom rng = new SplittableRandom(104);
        double[] levels = {0.5, 0.9};
        int[] covered = new int[levels.length];
        int replications = 2_000;
        for (int r = 0; r < replications; r++) {
            OutcomeDistribution d = OutcomeDistribution.ofValues(exponentials(rng, 1000));
            for (int j = 0; j < levels.length; j++) {
                double exact = -Math.log(1 - levels[j]);
                if (d.quantile(levels[j], CONFIDENCE).contains(exact)) {
                    covered[j]++;
                }
            }
        }
        for (int j = 0; j < levels.length; j++) {
            assertCoverage(covered[j], replications, "P" + Math.round(100 * levels[j]));
        }
    }

    /** The mean: Student's t on exact sums. */
    @Test
    void meanIntervals() {
        SplittableRandom rng = new SplittableRandom(105);
        int covered = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            double[] x = exponentials(rng, 1000);
            double sum = 0;
            double squares = 0;
            for (double v : x) {
                sum += v;
                squares += v * v;
            }
            double mean = sum / x.length;
            double sd = Math.sqrt((squares - sum * mean) / (x.length - 1));
            OutcomeSummary s = new OutcomeSummary("x", "1", x.length, mean, sd, OutcomeDistribution.ofValues(x));
            if (s.mean(CONFIDENCE).contains(1.0)) {
                covered++;
            }
        }
        assertCoverage(covered, REPLICATIONS, "mean");
    }

    /** Expected shortfall of the worst 10 % of Exp(1): 1 + ln 10. */
    @Test
    void expectedShortfallIntervals() {
        SplittableRandom rng = new SplittableRandom(106);
        double exact = 1 + Math.log(10);
        int covered = 0;
        int replications = 2_000;
        for (int r = 0; r < replications; r++) {
            if (OutcomeDistribution.ofValues(exponentials(rng, 8000)).expectedShortfall(0.1, CONFIDENCE).contains(exact)) {
                covered++;
            }
        }
        assertCoverage(covered, replications, "expected shortfall");
    }

    private static double[] exponentials(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.log(1 - rng.nextDouble());
        }
        return x;
    }

    /** {@code n} paths with T ~ geometric on steps 0, 1, ... (success probability p per step), censored after {@code steps}. */
    private static TimeToSelfReliance geometricTimes(SplittableRandom rng, int n, int steps, double p) {
        long[] counts = new long[steps];
        long censored = 0;
        for (int i = 0; i < n; i++) {
            int k = (int) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log(1 - p));
            if (k < steps) {
                counts[k]++;
            } else {
                censored++;
            }
        }
        return new TimeToSelfReliance("c", "c", 2030, 1, counts, censored);
    }
}
