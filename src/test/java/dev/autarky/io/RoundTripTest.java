package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autarky.scenario.Scenario;
import dev.autarky.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** {@code read(write(s)).equals(s)} for random valid scenarios, and the canonical form is a fixed point. */
class RoundTripTest {

    private static final long SEED = 20_260_106L;
    private static final int CASES = 300;

    @Test
    void randomScenariosRoundTripExactly() {
        RandomScenarios random = new RandomScenarios(SEED);
        for (int i = 0; i < CASES; i++) {
            Scenario s;
            try {
                s = random.next();
            } catch (ScenarioException e) {
                throw new AssertionError("generator made an invalid scenario, case " + i + " of seed " + SEED, e);
            }
            String json = ScenarioJson.write(s);
            Scenario back;
            try {
                back = ScenarioJson.read(json);
            } catch (ScenarioException e) {
                fail("case " + i + " of seed " + SEED + " did not read back: " + e.getMessage() + "\n" + json);
                return;
            }
            if (!back.equals(s)) {
                fail("case " + i + " of seed " + SEED + " changed in a round trip:\n" + s + "\n" + back);
            }
            assertEquals(json, ScenarioJson.write(back), "case " + i + ": canonical form is not a fixed point");
        }
    }
}
