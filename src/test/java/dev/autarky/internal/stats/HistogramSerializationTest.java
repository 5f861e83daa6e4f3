package dev.autarky.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Histograms travel (to cluster tasks and back) compactly and come back with the same counts, still usable. */
class HistogramSerializationTest {

    static byte[] serialize(Serializable o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        }
    }

    @Test
    void logLinearRoundTripKeepsCountsAndAcceptsMore() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11L);
        LogLinearHistogram oneAtATime = new LogLinearHistogram(7);
        LogLinearHistogram first = new LogLinearHistogram(7);
        for (int i = 0; i < 2000; i++) {
            double x = i % 5 == 0 ? 0.0 : (rnd.nextBoolean() ? 1 : -1) * Math.exp(rnd.nextDouble(-20, 20));
            oneAtATime.accept(x);
            first.accept(x);
        }
        byte[] bytes = serialize(first);
        assertTrue(bytes.length < 2000 * 6, "sparse form: " + bytes.length + " bytes");
        LogLinearHistogram back = deserialize(bytes);
        QuantileHistogramContractTest.assertSameCounts(first, back, "round trip");
        for (int i = 0; i < 500; i++) { // values outside the binades covered so far, too
            double x = Math.exp(rnd.nextDouble(-200, 200));
            oneAtATime.accept(x);
            back.accept(x);
        }
        back.combine(first);
        oneAtATime.combine(first);
        QuantileHistogramContractTest.assertSameCounts(oneAtATime, back, "accepted and combined after the trip");
        QuantileHistogramContractTest.assertSameCounts(new LogLinearHistogram(3),
                deserialize(serialize(new LogLinearHistogram(3))), "empty");
    }

    @Test
    void unitIntervalRoundTripKeepsCountsAndAcceptsMore() throws Exception {
        SplittableRandom rnd = new SplittableRandom(12L);
        UnitIntervalHistogram oneAtATime = new UnitIntervalHistogram(1024);
        UnitIntervalHistogram first = new UnitIntervalHistogram(1024);
        for (int i = 0; i < 300; i++) {
            double x = i % 7 == 0 ? 1.0 : i % 11 == 0 ? 0.0 : rnd.nextDouble();
            oneAtATime.accept(x);
            first.accept(x);
        }
        byte[] bytes = serialize(first);
        assertTrue(bytes.length < 1024 * 8 / 2, "sparse form: " + bytes.length + " bytes");
        UnitIntervalHistogram back = deserialize(bytes);
        assertEquals(first.zeroCount(), back.zeroCount());
        assertEquals(first.oneCount(), back.oneCount());
        QuantileHistogramContractTest.assertSameCounts(first, back, "round trip");
        for (int i = 0; i < 300; i++) {
            double x = rnd.nextDouble();
            oneAtATime.accept(x);
            back.accept(x);
        }
        QuantileHistogramContractTest.assertSameCounts(oneAtATime, back, "accepted after the trip");
    }

    @Test
    void corruptCountsAreRejected() throws Exception {
        UnitIntervalHistogram h = new UnitIntervalHistogram(4);
        h.accept(0.3);
        byte[] bytes = serialize(h);
        // the sparse form is length 4, one nonzero, gap 2, count 1: point the entry past the array
        int at = -1;
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == 4 && bytes[i + 1] == 1 && bytes[i + 2] == 2 && bytes[i + 3] == 1) {
                at = i;
            }
        }
        assertTrue(at >= 0, "sparse entry found");
        bytes[at + 2] = 9;
        assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
    }
}
