package dev.autarky.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.result.Estimate;
import dev.autarky.result.OutcomeDistribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cost accumulators: exact while small, the histogram's stated error bound when large, and merges
 * that do not depend on the split.
 */
class OutcomeAccumulatorTest {

    /** Costs over several orders of magnitude, some zero, some negative (a surplus). */
    private static double[] costs(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            v[i] = u < 0.05 ? 0.0 : u < 0.1 ? -Math.exp(rng.nextGaussian() * 2 + 10) : Math.exp(rng.nextGaussian() * 1.5 + 20);
        }
        return v;
    }

    private static OutcomeAccumulator fill(double[] v, int from, int to, int blockSize) {
        OutcomeAccumulator acc = new OutcomeAccumulator();
        for (int i = from; i < to; i++) {
            acc.accept(v[i]);
            if ((i + 1) % blockSize == 0 || i + 1 == to) {
                acc.endBlock();
            }
        }
        return acc;
    }

    /**
     * Beyond {@link OutcomeAccumulator#EXACT_LIMIT} values the binned distribution replaces the
     * exact one: every quantile within the relative bound 2^-11 of the exact one, every quantile
     * and tail interval containing the exact interval, the expected shortfall within its bracket.
     */
    @Test
    void theHistogramKeepsItsStatedErrorBound() {
        int n = OutcomeAccumulator.EXACT_LIMIT + 20_000;
        double[] v = costs(n, 1);
        OutcomeAccumulator acc = fill(v, 0, n, 512);
        assertFalse(acc.exact());
        OutcomeDistribution binned = ResultAssembler.distribution(acc);
        OutcomeDistribution exact = OutcomeDistribution.ofValues(v);
        assertEquals(n, binned.count());
        double bound = binned.relativeError();
        assertEquals(Math.scalb(1.0, -11), bound);
        for (int i = 1; i < 200; i++) {
            double p = i / 200.0;
            double x = exact.quantile(p);
            assertTrue(Math.abs(binned.quantile(p) - x) <= bound * Math.abs(x), "quantile " + p);
            Estimate b = binned.quantile(p, 0.95);
            Estimate e = exact.quantile(p, 0.95);
            assertTrue(b.lower() <= e.lower() && e.upper() <= b.upper(), "interval of " + p + ": " + b + " vs " + e);
            assertTrue(b.halfWidth() <= e.halfWidth() + 2 * bound * Math.max(Math.abs(e.lower()), Math.abs(e.upper())),
                    "widened by at most the bins at " + p);
        }
        for (double q : new double[] {0.01, 0.05, 0.25, 1.0}) {
            double es = exact.expectedShortfall(q);
            Estimate b = binned.expectedShortfall(q, 0.95);
            assertTrue(Math.abs(b.value() - es) <= bound * Math.abs(es) * 1.0000001 + 1e-9 * Math.abs(es),
                    "ES " + q + ": " + b.value() + " vs " + es);
            Estimate e = exact.expectedShortfall(q, 0.95);
            assertTrue(b.lower() <= e.lower() + 1e-6 * Math.abs(es) && e.upper() <= b.upper() + 1e-6 * Math.abs(es),
                    "ES interval " + q);
        }
        for (double budget : new double[] {-1e5, 0, 1e8, 5e8, 3e9}) {
            Estimate b = binned.probabilityAbove(budget, 0.95);
            Estimate e = exact.probabilityAbove(budget, 0.95);
            assertTrue(b.lower() <= e.lower() + 1e-15 && e.upper() <= b.upper() + 1e-15, "P(> " + budget + ")");
            assertTrue(Math.abs(b.value() - e.value()) <= 0.002, "P(> " + budget + ")");
        }
    }

    @Test
    void smallRunsKeepEveryValueExactly() {
        double[] v = costs(5_000, 2);
        OutcomeAccumulator acc = fill(v, 0, v.length, 100);
        assertTrue(acc.exact());
        OutcomeDistribution d = ResultAssembler.distribution(acc);
        assertTrue(d.exact());
        assertEquals(0.0, d.relativeError());
        assertEquals(OutcomeDistribution.ofValues(v), d);
    }

    /**
     * Any split of the values into blocks, combined in any order, gives the single pass's sums,
     * histogram and exact values bit for bit; exceeding the limit drops the exact values whatever
     * the split.
     */
    @Test
    void mergingAnySplitEqualsTheSinglePass() {
        int blockSize = 64;
        for (int n : new int[] {10_000, OutcomeAccumulator.EXACT_LIMIT + 1}) {
            double[] v = costs(n, 3);
            OutcomeAccumulator single = fill(v, 0, n, blockSize);
            SplittableRandom rng = new SplittableRandom(n);
            for (int trial = 0; trial < 3; trial++) {
                // split the blocks into random contiguous parts, then combine the parts shuffled
                List<OutcomeAccumulator> parts = new ArrayList<>();
                int blocks = (n + blockSize - 1) / blockSize;
                int b = 0;
                while (b < blocks) {
                    int take = 1 + rng.nextInt(Math.max(1, blocks / 5));
                    int end = Math.min(blocks, b + take);
                    parts.add(fill(v, b * blockSize, Math.min(n, end * blockSize), blockSize));
                    b = end;
                }
                Collections.shuffle(parts, new java.util.Random(trial));
                OutcomeAccumulator merged = parts.get(0);
                for (int i = 1; i < parts.size(); i++) {
                    merged.combine(parts.get(i));
                }
                assertEquals(single.defined(), merged.defined());
                assertEquals(Double.doubleToLongBits(single.sum()), Double.doubleToLongBits(merged.sum()));
                assertEquals(Double.doubleToLongBits(single.sumOfSquares()), Double.doubleToLongBits(merged.sumOfSquares()));
                assertEquals(single.exact(), merged.exact(), "exactness depends on the count only");
                assertEquals(ResultAssembler.distribution(single), ResultAssembler.distribution(merged));
                if (n > OutcomeAccumulator.EXACT_LIMIT) {
                    assertNull(merged.sortedValues());
                } else {
                    assertArrayEquals(single.sortedValues(), merged.sortedValues());
                }
            }
        }
    }

    @Test
    void undefinedValuesAreCountedOut() {
        OutcomeAccumulator acc = new OutcomeAccumulator();
        acc.accept(Double.NaN);
        acc.accept(2);
        acc.accept(4);
        acc.endBlock();
        assertEquals(2, acc.defined());
        assertEquals(6, acc.sum());
        assertArrayEquals(new double[] {2, 4}, acc.sortedValues());
    }
}
