package dev.autarky.internal.engine;

import dev.autarky.internal.design.InputDesign;
import dev.autarky.internal.random.Lxm;

/**
 * The random draws one path of a scenario consumes, with no model arithmetic: every input's keyed
 * uniform (through the copula when inputs are correlated, as the engine draws them) and quantile
 * transform, and every per-step process's reseeding, uniforms and transforms (regime chains draw
 * their uniforms without moving a chain). Draws are stored, as the engine stores them, rather than
 * summed (a chain of dependent adds would cost time the engine does not spend). The engine's cost
 * per path divided by this floor's is the overhead the model adds. One per thread; allocates
 * nothing.
 */
public final class DrawFloor {

    private final CompiledScenario c;
    private final Lxm rng = new Lxm();
    private final InputDesign.Sampler inputs;
    private final double[] uniforms;
    final double[] values;
    final double[][] shocks; // [material][year]
    final double[][] outages; // [stage][step]
    final double[][] regimeUniforms; // [regime][step]

    /** A floor for paths of {@code compiled}. */
    public DrawFloor(CompiledScenario compiled) {
        this.c = compiled;
        this.inputs = compiled.plainDesign().sampler();
        this.uniforms = new double[compiled.inputArray.length];
        this.values = new double[compiled.inputArray.length];
        this.shocks = new double[compiled.materialCount][compiled.years];
        this.outages = new double[compiled.stageCount][compiled.steps];
        this.regimeUniforms = new double[compiled.regimeCount][compiled.steps];
    }

    /** Draws what path {@code path} of the run with {@code seed} draws; returns a checksum. */
    public double draw(long seed, long path) {
        InputSpec[] specs = c.inputArray;
        inputs.fill(seed, path, uniforms);
        for (int i = 0; i < specs.length; i++) {
            values[i] = specs[i].quantile().quantile(uniforms[i]);
        }
        for (int m = 0; m < c.materialCount; m++) {
            if (c.shockQuantile[m] != null) {
                rng.seed(seed, path, c.shockKey[m]);
                final double[] row = shocks[m];
                for (int y = 0; y < row.length; y++) {
                    row[y] = c.shockQuantile[m].quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int j = 0; j < c.stageCount; j++) {
            if (c.outageQuantile[j] != null) {
                rng.seed(seed, path, c.outageKey[j]);
                final double[] row = outages[j];
                for (int k = 0; k < row.length; k++) {
                    row[k] = c.outageQuantile[j].quantile(rng.nextOpenDouble());
                }
            }
        }
        for (int r = 0; r < c.regimeCount; r++) {
            rng.seed(seed, path, c.regimeKey[r]);
            final double[] row = regimeUniforms[r];
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextOpenDouble();
            }
        }
        double checksum = specs.length == 0 ? 0 : values[specs.length - 1];
        if (c.regimeCount > 0 && c.steps > 0) {
            checksum += regimeUniforms[c.regimeCount - 1][c.steps - 1];
        }
        return checksum;
    }
}
