package dev.autarky.cli;

import dev.autarky.engine.SamplingDesign;
import dev.autarky.engine.StopRule;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values, checked with messages that say what was expected and what was given. */
final class Converters {

    private Converters() {
    }

    /** An integer, underscores allowed ({@code 1_000_000}). */
    static long parseLong(String v) {
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected an integer, was \"" + v + "\"");
        }
    }

    /** An integer {@code >= 1}. */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String v) {
            long n = parseLong(v);
            if (n < 1) {
                throw new TypeConversionException("must be >= 1, was " + n);
            }
            return n;
        }
    }

    /** Any integer. */
    static final class AnyLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String v) {
            return parseLong(v);
        }
    }

    /** Worker threads: {@code >= 1}, more than 4,096 taken as 4,096. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            return (int) Math.min(new PositiveLong().convert(v), 4096);
        }
    }

    /** Paths per block: {@code >= 1}, more than 1,048,576 taken as 1,048,576. */
    static final class BlockSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            return (int) Math.min(new PositiveLong().convert(v), 1 << 20);
        }
    }

    /** A sampling design by id. */
    static final class Sampling implements ITypeConverter<SamplingDesign> {
        @Override
        public SamplingDesign convert(String v) {
            try {
                return SamplingDesign.of(v);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Stop-rule targets, such as {@code p50:0.25,mean:systemCost:1%}. */
    static final class Until implements ITypeConverter<StopRule> {
        @Override
        public StopRule convert(String v) {
            try {
                return StopRule.until(v);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A number of seconds {@code > 0}. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String v) {
            try {
                double s = Double.parseDouble(v);
                if (s > 0 && s < 1e9) {
                    return Duration.ofNanos((long) (s * 1e9));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected a number of seconds > 0, was \"" + v + "\"");
        }
    }
}
