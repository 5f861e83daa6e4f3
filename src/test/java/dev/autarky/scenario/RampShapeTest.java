package dev.autarky.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RampShapeTest {

    @Test
    void theTabulatedSCurveMatchesTheLogisticWithin5e12() {
        double worst = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            double x = i / 1_000_000.0;
            worst = Math.max(worst, Math.abs(RampShape.S_CURVE.fraction(x) - RampShape.sCurveExact(x)));
        }
        assertEquals(0, worst, 5e-12, "max error " + worst);
    }

    @Test
    void shapesRunFromZeroToOne() {
        for (RampShape s : RampShape.values()) {
            assertEquals(1, s.fraction(1));
            assertEquals(1, s.fraction(2));
            assertEquals(0, s.fraction(-0.5));
        }
        assertEquals(0, RampShape.S_CURVE.fraction(0), 1e-15);
        assertEquals(0.5, RampShape.S_CURVE.fraction(0.5), 1e-15);
        assertEquals(0.25, RampShape.LINEAR.fraction(0.25));
        assertEquals(1, RampShape.STEP.fraction(0), "a step ramp is complete from its start");
    }
}
