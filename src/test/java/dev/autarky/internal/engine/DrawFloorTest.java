package dev.autarky.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autarky.io.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The floor benchmark's draws are the engine's draws: path by path, the same input values (through
 * the copula), the same demand shocks and outages, and the regime's first uniform picks the
 * engine's first state. So the ratio engine ÷ floor measures the model, not different randomness.
 */
class DrawFloorTest {

    @Test
    void theFloorDrawsWhatTheKernelDraws() {
        CompiledScenario japan = CompiledScenario.of(Scenarios.japanRareEarths());
        PathKernel kernel = new PathKernel(japan);
        DrawFloor floor = new DrawFloor(japan);
        for (long path = 0; path < 50; path++) {
            kernel.simulate(7, path);
            floor.draw(7, path);
            InputSpec[] inputs = japan.inputArray;
            for (int i = 0; i < inputs.length; i++) {
                assertEquals(kernel.p[inputs[i].slot()], floor.values[i], "input " + inputs[i] + ", path " + path);
            }
            for (int m = 0; m < japan.materialCount; m++) {
                if (japan.shockQuantile[m] != null) {
                    assertArrayEquals(kernel.shock[m], floor.shocks[m], "shocks of material " + m);
                }
            }
            for (int j = 0; j < japan.stageCount; j++) {
                if (japan.outageQuantile[j] != null) {
                    assertArrayEquals(kernel.outage[j], floor.outages[j], "outages of stage " + j);
                }
            }
            for (int r = 0; r < japan.regimeCount; r++) {
                assertEquals(japan.steps, floor.regimeUniforms[r].length);
                assertEquals(kernel.regimeState[r][0],
                        CompiledScenario.pick(japan.initialCumulative[r], floor.regimeUniforms[r][0]));
            }
        }
    }
}
