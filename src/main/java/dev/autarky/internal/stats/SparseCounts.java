package dev.autarky.internal.stats;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

/**
 * The compact serial form of a histogram's count array: its length, then each nonzero count as
 * (gap from the previous nonzero index, count), all as unsigned LEB128 varints. Histograms of a
 * run are mostly empty bins (a 1,024-bin histogram of one block's 512 paths has at most 512
 * nonzero bins, usually far fewer), so this is tens of times smaller than the default form of a
 * {@code long[]} and faster to write; the array read back is equal to the one written.
 */
final class SparseCounts {

    private SparseCounts() {
    }

    /** Writes {@code counts} (non-negative values). */
    static void write(ObjectOutput out, long[] counts) throws IOException {
        int nonzero = 0;
        for (long c : counts) {
            if (c != 0) {
                nonzero++;
            }
        }
        writeVarLong(out, counts.length);
        writeVarLong(out, nonzero);
        int last = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                writeVarLong(out, i - last);
                writeVarLong(out, counts[i]);
                last = i;
            }
        }
    }

    /** Reads an array written by {@link #write}; checks lengths and indices against {@code maxLength}. */
    static long[] read(ObjectInput in, int maxLength) throws IOException {
        long length = readVarLong(in);
        long nonzero = readVarLong(in);
        if (length > maxLength || nonzero > length) {
            throw new InvalidObjectException("corrupt counts: length " + length + ", nonzero " + nonzero);
        }
        long[] counts = new long[(int) length];
        long at = -1;
        for (long k = 0; k < nonzero; k++) {
            at += readVarLong(in);
            long c = readVarLong(in);
            if (at >= length || c <= 0) {
                throw new InvalidObjectException("corrupt counts: index " + at + " of " + length + ", count " + c);
            }
            counts[(int) at] = c;
        }
        return counts;
    }

    private static void writeVarLong(ObjectOutput out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(ObjectInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    throw new InvalidObjectException("corrupt counts: negative value");
                }
                return v;
            }
        }
        throw new InvalidObjectException("corrupt counts: varint too long");
    }
}
