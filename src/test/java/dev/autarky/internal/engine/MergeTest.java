package dev.autarky.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Merging is exact: the partial accumulators of any split of a run's blocks, combined in any
 * order, assemble into the single pass's result bit for bit — times, costs (sums, histograms,
 * exact values), series bands and every interval.
 */
class MergeTest {

    @Test
    void anySplitOfTheBlocksMergesToTheSinglePassResult() {
        CompiledScenario compiled = CompiledScenario.of(Scenarios.japanRareEarths());
        int blockSize = 16;
        long paths = 600;
        BlockRunner runner = new BlockRunner(compiled, 17, paths, blockSize);
        long blocks = runner.blocks();
        SimulationResult single = ResultAssembler.assemble(compiled, runner.runHere(0, blocks), 17, 1, blockSize, "mc");
        String singleJson = SummaryJson.toJson(single);
        Random rng = new Random(5);
        for (int trial = 0; trial < 3; trial++) {
            List<RunAccumulator> parts = new ArrayList<>();
            long b = 0;
            while (b < blocks) {
                long end = Math.min(blocks, b + 1 + rng.nextInt(10));
                parts.add(runner.runHere(b, end));
                b = end;
            }
            Collections.shuffle(parts, rng);
            RunAccumulator merged = parts.get(0);
            for (int i = 1; i < parts.size(); i++) {
                merged.combine(parts.get(i));
            }
            SimulationResult r = ResultAssembler.assemble(compiled, merged, 17, 1, blockSize, "mc");
            assertEquals(paths, r.run().paths());
            assertEquals(singleJson, SummaryJson.toJson(r), "trial " + trial + " (" + parts.size() + " parts)");
            assertEquals(single, r, "trial " + trial);
        }
    }
}
