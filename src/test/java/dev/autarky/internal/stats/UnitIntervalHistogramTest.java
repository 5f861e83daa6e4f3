package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitIntervalHistogramTest extends QuantileHistogramContractTest<UnitIntervalHistogram> {

    @Override
    UnitIntervalHistogram create() {
        return new UnitIntervalHistogram();
    }

    @Override
    UnitIntervalHistogram createIncompatible() {
        return new UnitIntervalHistogram(1024);
    }

    @Override
    List<Source> sources() {
        return List.of(
                rnd -> rnd.nextDouble(),
                rnd -> Math.pow(rnd.nextDouble(), 4), // beta(1/4, 1): piles up near 0
                rnd -> switch (rnd.nextInt(4)) { // point masses at the exact counters
                    case 0 -> 0.0;
                    case 1 -> 1.0;
                    default -> rnd.nextDouble();
                },
                rnd -> 1 - rnd.nextDouble() * 1e-6, // within a few bins of 1
                rnd -> rnd.nextInt(2049) / 2048.0, // exactly on bin edges, 0 and 1 included
                rnd -> rnd.nextBoolean() ? Double.MIN_VALUE * rnd.nextInt(1, 5) : Math.nextDown(1.0));
    }

    @Override
    List<String> sourceNames() {
        return List.of("uniform", "u^4", "mass at 0 and 1", "near 1", "bin edges", "extremes");
    }

    @Override
    double[] unacceptable() {
        return new double[] {-0.1, Math.nextUp(1.0), -Double.MIN_VALUE, 2.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
    }

    @Test
    void zeroAndOneAreReportedExactly() {
        UnitIntervalHistogram h = new UnitIntervalHistogram(16);
        h.acceptAll(new double[] {0.0, -0.0, 0.5, 1.0, 1.0, 1.0}, 0, 6);
        assertEquals(2, h.zeroCount());
        assertEquals(3, h.oneCount());
        assertEquals(0.0, h.valueAtRank(1));
        assertEquals(0.0, h.binUpperEdgeAtRank(2));
        assertEquals(0.5 + 1.0 / 32, h.valueAtRank(3)); // bin [8/16, 9/16): midpoint 17/32
        assertEquals(0.5, h.binLowerEdgeAtRank(3));
        assertEquals(9.0 / 16, h.binUpperEdgeAtRank(3));
        assertEquals(1.0, h.valueAtRank(4));
        assertEquals(1.0, h.binLowerEdgeAtRank(6));
        assertEquals(1.0, h.quantile(1.0));
        assertEquals(0.0, h.quantile(0.0));
        assertEquals(0.0, h.quantile(2.0 / 6)); // rank ceil(2) = 2: still a zero
        assertEquals(0.5 + 1.0 / 32, h.quantile(0.4)); // rank ceil(2.4) = 3
        assertEquals(2, h.countAtOrBelow(0.0));
        assertEquals(2, h.countAtOrBelow(0.5)); // the 0.5 shares 0.5's bin: not counted
        assertEquals(3, h.countAtOrBelow(9.0 / 16));
        assertEquals(6, h.countAtOrBelow(1.0));
        assertEquals(0.0, h.maxError(1.0));
        assertEquals(1.0 / 32, h.maxError(0.3));
        assertEquals(1.0 / 32, h.maxAbsoluteError());
    }

    @Test
    void binsMustBeAPowerOfTwo() {
        assertEquals(2048, new UnitIntervalHistogram().bins());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new UnitIntervalHistogram(1000));
        assertEquals("bins: must be a power of two, was 1000", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UnitIntervalHistogram(1));
        assertThrows(IllegalArgumentException.class, () -> new UnitIntervalHistogram(1 << 25));
    }

    @Test
    void rejectionNamesTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UnitIntervalHistogram().accept(1.5));
        assertEquals("x: must be in [0, 1], was 1.5", e.getMessage());
    }
}
