package dev.autarky.report;

import dev.autarky.internal.Checks;
import dev.autarky.internal.engine.CompiledScenario;
import dev.autarky.scenario.Regime;
import dev.autarky.scenario.RegimeDynamics;
import dev.autarky.scenario.Scenario;
import dev.autarky.uncertain.Beta;
import dev.autarky.uncertain.Discrete;
import dev.autarky.uncertain.Distribution;
import dev.autarky.uncertain.Empirical;
import dev.autarky.uncertain.Exponential;
import dev.autarky.uncertain.Fixed;
import dev.autarky.uncertain.Gamma;
import dev.autarky.uncertain.LogNormal;
import dev.autarky.uncertain.Normal;
import dev.autarky.uncertain.Pert;
import dev.autarky.uncertain.Triangular;
import dev.autarky.uncertain.Uncertain;
import dev.autarky.uncertain.Uniform;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every parameter of a scenario as a Markdown table — stable name, value or distribution, source
 * and note — plus its regimes and composition, so a reader can trace each number to its source.
 */
public final class ParameterTable {

    /** z such that Φ(z) = 0.9, for describing a lognormal by its 90th percentile. */
    private static final double Z90 = 1.2815515655446004;

    private ParameterTable() {
    }

    /**
     * The Markdown table of {@code scenario}'s parameters.
     *
     * @param scenario the scenario
     * @return the Markdown table of {@code scenario}'s parameters
     */
    public static String markdown(Scenario scenario) {
        StringBuilder sb = new StringBuilder();
        sb.append("| parameter | value | source | note |\n| --- | --- | --- | --- |\n");
        java.util.List<String> unsourced = new java.util.ArrayList<>();
        for (CompiledScenario.NamedParameter p : CompiledScenario.of(scenario).parameters) {
            Uncertain u = p.value();
            if (u.isFixed() && u.source() == null && u.note() == null) {
                unsourced.add("`" + p.name() + "` = " + fmt(u.mean()));
                continue;
            }
            sb.append("| `").append(p.name()).append("` | ").append(describe(u.distribution())).append(" | ")
                    .append(cell(u.source())).append(" | ").append(cell(u.note())).append(" |\n");
        }
        for (Regime r : scenario.regimes()) {
            sb.append("| `regimes.").append(r.id()).append(".initialDistribution` | ")
                    .append(r.states().stream().map(s -> s + " " + fmt(r.initialDistribution().get(r.states().indexOf(s))))
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(r.note() == null ? null : "see note")).append(" | ").append(cell(r.note()))
                    .append(" |\n");
            if (r.dynamics() instanceof RegimeDynamics.AnnualProbabilities a) {
                sb.append("| `regimes.").append(r.id()).append(".transitions` | annual ").append(a.probabilities())
                        .append(" | | |\n");
            }
        }
        if (!scenario.domestic().composition().isEmpty()) {
            sb.append("| `domestic.composition` | ").append(scenario.domestic().composition().entrySet().stream()
                    .map(e -> e.getKey() + " " + fmt(e.getValue())).collect(Collectors.joining(", ")))
                    .append(" | | ").append(cell(scenario.domestic().compositionNote())).append(" |\n");
        }
        if (!unsourced.isEmpty()) {
            sb.append("| fixed values with no source (defaults and structural zeros) | ")
                    .append(String.join(", ", unsourced)).append(" | | |\n");
        }
        return sb.toString();
    }

    /**
     * A distribution in the words analysts use.
     *
     * @param d the distribution
     * @return a distribution in the words analysts use
     */
    public static String describe(Distribution d) {
        if (d instanceof Fixed f) {
            return fmt(f.value());
        } else if (d instanceof Uniform u) {
            return "uniform " + fmt(u.min()) + " to " + fmt(u.max());
        } else if (d instanceof Triangular t) {
            return "triangular " + fmt(t.min()) + " / " + fmt(t.mode()) + " / " + fmt(t.max());
        } else if (d instanceof Pert p) {
            return "PERT " + fmt(p.min()) + " / " + fmt(p.mode()) + " / " + fmt(p.max());
        } else if (d instanceof LogNormal l) {
            return "lognormal, median " + fmt(Math.exp(l.mu())) + ", P90 " + fmt(Math.exp(l.mu() + Z90 * l.sigma()));
        } else if (d instanceof Normal n) {
            return "normal, mean " + fmt(n.mu()) + ", sd " + fmt(n.sigma())
                    + (Double.isInfinite(n.min()) && Double.isInfinite(n.max()) ? ""
                            : ", truncated to [" + fmt(n.min()) + ", " + fmt(n.max()) + "]");
        } else if (d instanceof Beta b) {
            return "beta(" + fmt(b.alpha()) + ", " + fmt(b.beta()) + ") on [" + fmt(b.min()) + ", " + fmt(b.max()) + "]";
        } else if (d instanceof Exponential e) {
            return "exponential, mean " + fmt(e.mean());
        } else if (d instanceof Gamma g) {
            return "gamma, shape " + fmt(g.shape()) + ", scale " + fmt(g.scale());
        } else if (d instanceof Discrete x) {
            double[] v = x.values();
            double[] w = x.weights();
            double total = Arrays.stream(w).sum();
            StringBuilder sb = new StringBuilder("discrete ");
            for (int i = 0; i < v.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fmt(v[i])).append(" (").append(fmt(w[i] / total)).append(')');
            }
            return sb.toString();
        } else if (d instanceof Empirical e) {
            return "empirical, " + e.samples().length + " samples";
        }
        return d.kind();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    /** Four significant figures; whole numbers with thousands separators. */
    private static String fmt(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return Checks.format(v);
        }
        double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) rounded);
        }
        return Checks.format(rounded);
    }
}
