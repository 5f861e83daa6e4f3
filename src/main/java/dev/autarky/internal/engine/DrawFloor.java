package dev.autarky.internal.engine;

import dev.autarky.internal.random.Lxm;
import dev.autarky.internal.random.StreamKeys;

/**
 * The random draws one path of a scenario consumes, with no model arithmetic: every input's keyed
 * uniform and quantile transform, and every per-step process's reseeding, uniforms and transforms
 * (regime chains draw their uniforms without moving a chain). The engine's cost per path divided by
 * this floor's is the overhead the model adds. One per thread; allocates nothing.
 */
public final class DrawFloor {

    private final CompiledScenario c;
    private final Lxm rng = new Lxm();
    private final double[] values;

    /** A floor for paths of {@code compiled}. */
    public DrawFloor(CompiledScenario compiled) {
        this.c = compiled;
        this.values = new double[compiled.inputArray.length];
    }

    /** Draws what path {@code path} of the run with {@code seed} draws; returns a checksum. */
    public double draw(long seed, long path) {
        double sum = 0;
        InputSpec[] inputs = c.inputArray;
        for (int i = 0; i < inputs.length; i++) {
            InputSpec in = inputs[i];
            double v = in.quantile().quantile(StreamKeys.inputUniform(seed, path, in.key()));
            values[i] = v;
            sum += v;
        }
        for (int m = 0; m < c.materialCount; m++) {
            if (c.shockQuantile[m] != null) {
                rng.seed(seed, path, c.shockKey[m]);
                for (int y = 0; y < c.years; y++) {
                    sum += c.shockQuantile[m].quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int j = 0; j < c.stageCount; j++) {
            if (c.outageQuantile[j] != null) {
                rng.seed(seed, path, c.outageKey[j]);
                for (int k = 0; k < c.steps; k++) {
                    sum += c.outageQuantile[j].quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int r = 0; r < c.regimeCount; r++) {
            rng.seed(seed, path, c.regimeKey[r]);
            for (int k = 0; k < c.steps; k++) {
                sum += rng.nextOpenDouble();
            }
        }
        return sum;
    }
}
