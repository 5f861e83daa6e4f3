package dev.autarky.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.io.Scenarios;
import dev.autarky.io.SummaryJson;
import dev.autarky.result.SimulationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Partial accumulators travel between JVMs (cluster tasks return them) and merge after the trip
 * exactly as if they had never left.
 */
class AccumulatorSerializationTest {

    private static final CompiledScenario JAPAN = CompiledScenario.of(Scenarios.japanRareEarths());

    static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    static RunAccumulator deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (RunAccumulator) in.readObject();
        }
    }

    @Test
    void partsMergedAfterTheTripEqualTheWholeRun() throws Exception {
        BlockRunner runner = new BlockRunner(JAPAN, 3, 1_000, 128); // 8 blocks, the last one short
        SimulationResult whole = ResultAssembler.assemble(JAPAN, runner.runHere(0, 8), 3, 1, 128, "mc");

        byte[] first = serialize(runner.runHere(0, 3));
        byte[] second = serialize(runner.runHere(3, 8));
        // the sparse histogram form keeps a partial small: the default form of the same data is about 12 MB
        assertTrue(first.length < 2_000_000, "serialized partial: " + first.length + " bytes");
        RunAccumulator merged = deserialize(second);
        merged.combine(deserialize(first));
        SimulationResult viaBytes = ResultAssembler.assemble(JAPAN, merged, 3, 1, 128, "mc");
        assertEquals(SummaryJson.toJson(whole), SummaryJson.toJson(viaBytes));
        assertEquals(whole, viaBytes);
    }

    @Test
    void aDeserializedAccumulatorKeepsAccepting() throws Exception {
        // the same paths fed to a fresh accumulator and to one that went through serialization empty
        RunAccumulator expected = new RunAccumulator(JAPAN);
        RunAccumulator travelled = deserialize(serialize(new RunAccumulator(JAPAN)));
        PathKernel kernel = new PathKernel(JAPAN);
        for (int b = 0; b < 3; b++) {
            for (int i = 200 * b; i < 200 * (b + 1); i++) {
                kernel.simulate(4, i);
                expected.accept(kernel.outcome);
                travelled.accept(kernel.outcome);
            }
            expected.endBlock();
            travelled.endBlock();
        }
        assertEquals(ResultAssembler.assemble(JAPAN, expected, 4, 1, 200, "mc"),
                ResultAssembler.assemble(JAPAN, travelled, 4, 1, 200, "mc"));
    }

    @Test
    void anAccumulatorInTheMiddleOfABlockDoesNotTravel() throws Exception {
        RunAccumulator acc = new RunAccumulator(JAPAN);
        PathKernel kernel = new PathKernel(JAPAN);
        kernel.simulate(1, 0);
        acc.accept(kernel.outcome);
        byte[] bytes = serialize(acc);
        Exception e = assertThrows(Exception.class, () -> deserialize(bytes));
        assertTrue(!(e instanceof NotSerializableException), e.toString());
    }
}
