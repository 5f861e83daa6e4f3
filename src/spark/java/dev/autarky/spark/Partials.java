package dev.autarky.spark;

import dev.autarky.engine.RunPartial;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * Partial results as bytes: the Java serial form of a {@link RunPartial} (histogram counts in
 * their sparse form: 0.5–1.9 MB for the default scenario). Spark moves only these bytes, so the
 * result does not depend on the serializer a cluster is configured with ({@code spark.serializer}
 * may be Kryo, which would skip the accumulators' custom serial forms).
 */
final class Partials {

    private Partials() {
    }

    static byte[] toBytes(RunPartial acc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a partial result", e);
        }
        return bytes.toByteArray();
    }

    static RunPartial fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new LibraryObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (RunPartial) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a partial result", e);
        }
    }

    /** The sum of the partials in {@code parts} (at least one), as bytes. */
    static byte[] merge(Iterable<byte[]> parts) {
        RunPartial total = null;
        for (byte[] part : parts) {
            RunPartial acc = fromBytes(part);
            if (total == null) {
                total = acc;
            } else {
                total.combine(acc);
            }
        }
        if (total == null) {
            throw new IllegalArgumentException("no partial results to merge");
        }
        return toBytes(total);
    }

    /** Resolves classes with the library's own loader (on executors, the one that loaded the application jar). */
    private static final class LibraryObjectInputStream extends ObjectInputStream {
        LibraryObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, Partials.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
