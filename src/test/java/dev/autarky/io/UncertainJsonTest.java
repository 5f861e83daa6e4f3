package dev.autarky.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autarky.scenario.Problem;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every form of an uncertain value, and the problems of bad ones. */
class UncertainJsonTest {

    private record Result(Uncertain value, List<Problem> problems) {
    }

    private static Result read(String json) {
        JsonTree.Parsed parsed = JsonTree.parse(json);
        ReadContext cx = new ReadContext(parsed.byPath(), parsed.problems());
        Uncertain u = UncertainJson.read(cx, parsed.root(), "$.x");
        return new Result(u, cx.problems());
    }

    private static Distribution dist(String json) {
        Result r = read(json);
        assertEquals(List.of(), r.problems(), json);
        return r.value().distribution();
    }

    private static List<String> problemPaths(String json) {
        Result r = read(json);
        assertNull(r.value(), json);
        return r.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void everyFormReadsToItsDistribution() {
        assertEquals(new Fixed(2.5), dist("2.5"));
        assertEquals(new Uncertain(new Fixed(3), "S1", "a note"), read("{\"value\": 3, \"source\": \"S1\", \"note\": \"a note\"}").value());
        assertEquals(new Uniform(1, 2), dist("{\"dist\": \"uniform\", \"min\": 1, \"max\": 2}"));
        assertEquals(new Triangular(1, 2, 4), dist("{\"dist\": \"triangular\", \"min\": 1, \"mode\": 2, \"max\": 4}"));
        assertEquals(Pert.of(1, 2, 4), dist("{\"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 4}"));
        assertEquals(new Pert(1, 2, 4, 6), dist("{\"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 4, \"lambda\": 6}"));
        assertEquals(Normal.of(5, 2), dist("{\"dist\": \"normal\", \"mean\": 5, \"sd\": 2}"));
        assertEquals(Normal.truncated(5, 2, 0, Double.POSITIVE_INFINITY), dist("{\"dist\": \"normal\", \"mean\": 5, \"sd\": 2, \"min\": 0}"));
        assertEquals(Normal.truncated(5, 2, 1, 9), dist("{\"dist\": \"normal\", \"mean\": 5, \"sd\": 2, \"min\": 1, \"max\": 9}"));
        assertEquals(new LogNormal(0.5, 0.25), dist("{\"dist\": \"lognormal\", \"mu\": 0.5, \"sigma\": 0.25}"));
        assertEquals(LogNormal.ofMedianP90(4, 7), dist("{\"dist\": \"lognormal\", \"median\": 4, \"p90\": 7}"));
        assertEquals(LogNormal.ofMeanSd(1, 0.1), dist("{\"dist\": \"lognormal\", \"mean\": 1, \"sd\": 0.1}"));
        assertEquals(Beta.of(2, 3), dist("{\"dist\": \"beta\", \"alpha\": 2, \"beta\": 3}"));
        assertEquals(new Beta(2, 3, 10, 20), dist("{\"dist\": \"beta\", \"alpha\": 2, \"beta\": 3, \"min\": 10, \"max\": 20}"));
        assertEquals(Beta.ofMeanSd(0.6, 0.15, 0, 1), dist("{\"dist\": \"beta\", \"mean\": 0.6, \"sd\": 0.15}"));
        assertEquals(Beta.ofMeanSd(15, 2, 10, 20), dist("{\"dist\": \"beta\", \"mean\": 15, \"sd\": 2, \"min\": 10, \"max\": 20}"));
        assertEquals(new Exponential(4), dist("{\"dist\": \"exponential\", \"mean\": 4}"));
        assertEquals(Exponential.ofRate(0.25), dist("{\"dist\": \"exponential\", \"rate\": 0.25}"));
        assertEquals(new Gamma(2, 3), dist("{\"dist\": \"gamma\", \"shape\": 2, \"scale\": 3}"));
        assertEquals(Gamma.ofMeanSd(6, 2), dist("{\"dist\": \"gamma\", \"mean\": 6, \"sd\": 2}"));
        assertEquals(new Discrete(new double[] {0, 0.25}, new double[] {0.85, 0.15}),
                dist("{\"dist\": \"discrete\", \"values\": [0, 0.25], \"weights\": [0.85, 0.15]}"));
        assertEquals(Discrete.bernoulli(0.3), dist("{\"dist\": \"bernoulli\", \"p\": 0.3}"));
        assertEquals(new Empirical(new double[] {3, 1, 2}), dist("{\"dist\": \"empirical\", \"samples\": [3, 1, 2]}"));
    }

    @Test
    void everyKindIsDocumentedInTheKindList() {
        assertEquals(List.of("uniform", "triangular", "pert", "normal", "lognormal", "beta", "exponential", "gamma",
                "discrete", "bernoulli", "empirical"), UncertainJson.kinds());
    }

    @Test
    void badFormsNameTheExpectedForms() {
        assertEquals(List.of("$.x: lognormal takes exactly one parameter form, {mu, sigma}, {median, p90} or {mean, sd};"
                + " got {mu, median}"), problemPaths("{\"dist\": \"lognormal\", \"mu\": 1, \"median\": 2}"));
        assertEquals(List.of("$.x: lognormal needs the parameters of one form, {mu, sigma}, {median, p90} or {mean, sd};"
                + " got {}"), problemPaths("{\"dist\": \"lognormal\"}"));
        assertEquals(List.of("$.x.sigma: must be present (lognormal {mu, sigma}), was missing"),
                problemPaths("{\"dist\": \"lognormal\", \"mu\": 1}"));
        assertEquals(List.of("$.x: exponential takes exactly one parameter form, {mean} or {rate}; got {mean, rate}"),
                problemPaths("{\"dist\": \"exponential\", \"mean\": 1, \"rate\": 1}"));
        assertEquals(List.of("$.x: beta needs the parameters of one form, {alpha, beta, min?, max?} or {mean, sd, min?, max?};"
                + " got {min}"), problemPaths("{\"dist\": \"beta\", \"min\": 1}"));
    }

    @Test
    void parameterProblemsAreAtTheParameter() {
        assertEquals(List.of("$.x.sd: must be finite and > 0, was 0"),
                problemPaths("{\"dist\": \"normal\", \"mean\": 1, \"sd\": 0}"));
        assertEquals(List.of("$.x.weights: length must be 2 (values.length), was 3"),
                problemPaths("{\"dist\": \"discrete\", \"values\": [0, 1], \"weights\": [1, 1, 1]}"));
        assertEquals(List.of("$.x.values[1]: must be > values[0] (1), was 0"),
                problemPaths("{\"dist\": \"discrete\", \"values\": [1, 0], \"weights\": [1, 1]}"));
        assertEquals(List.of("$.x.samples[1]: must be a number, was a string \"b\""),
                problemPaths("{\"dist\": \"empirical\", \"samples\": [1, \"b\"]}"));
        assertEquals(List.of("$.x.p: must be in [0, 1], was 1.5"), problemPaths("{\"dist\": \"bernoulli\", \"p\": 1.5}"));
        assertEquals(List.of("$.x.max: must be > min (2), was 1"), problemPaths("{\"dist\": \"uniform\", \"min\": 2, \"max\": 1}"));
        // a default bound in conflict with a given one is reported on the object
        List<String> ps = problemPaths("{\"dist\": \"beta\", \"alpha\": 2, \"beta\": 2, \"min\": 3}");
        assertEquals(1, ps.size());
        assertTrue(ps.get(0).startsWith("$.x: max: must be > min (3), was 1"), ps.get(0));
    }

    @Test
    void wrongShapesAreProblems() {
        assertEquals(List.of("$.x.dist: must be one of \"uniform\", \"triangular\", \"pert\", \"normal\", \"lognormal\","
                + " \"beta\", \"exponential\", \"gamma\", \"discrete\", \"bernoulli\", \"empirical\", was \"gama\";"
                + " did you mean \"gamma\"?"), problemPaths("{\"dist\": \"gama\", \"shape\": 1, \"scale\": 1}"));
        assertEquals(List.of("$.x.dist: must be a string, was a number 3"), problemPaths("{\"dist\": 3}"));
        assertEquals(List.of("$.x.source: must be a string, was a number 1"), problemPaths("{\"value\": 1, \"source\": 1}"));
        assertEquals(List.of("$.x: must be a number, {\"value\": ...} or {\"dist\": ...}, was a boolean true"),
                problemPaths("true"));
        assertEquals(List.of("$.x: must be a number, {\"value\": ...} or {\"dist\": ...}, was an array"), problemPaths("[1]"));
        assertEquals(List.of("$.x.value: must be a number, was a string \"1\""), problemPaths("{\"value\": \"1\"}"));
    }

    @Test
    void writerUsesOneCanonicalFormPerKind() {
        String[][] cases = {
            {"{\"dist\": \"lognormal\", \"median\": 1, \"p90\": 2}", "\"mu\":0,\"sigma\":"},
            {"{\"dist\": \"exponential\", \"rate\": 0.5}", "\"dist\":\"exponential\",\"mean\":2}"},
            {"{\"dist\": \"bernoulli\", \"p\": 0.25}", "\"dist\":\"discrete\",\"values\":[0,1],\"weights\":[0.75,0.25]}"},
            {"{\"dist\": \"beta\", \"alpha\": 2, \"beta\": 3}", "\"alpha\":2,\"beta\":3,\"min\":0,\"max\":1}"},
            {"{\"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 4}", "\"lambda\":4}"},
            {"{\"dist\": \"normal\", \"mean\": 1, \"sd\": 2}", "\"mean\":1,\"sd\":2}"},
            {"{\"value\": -0.0}", "-0.0"},
            {"{\"value\": 2026.0, \"note\": \"n\"}", "{\"value\":2026,\"note\":\"n\"}"},
            {"0.1", "0.1"},
        };
        for (String[] c : cases) {
            Uncertain u = read(c[0]).value();
            java.io.StringWriter out = new java.io.StringWriter();
            try (var g = JsonTree.FACTORY.createGenerator(out)) {
                UncertainJson.write(g, u);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertTrue(out.toString().contains(c[1]), c[0] + " -> " + out);
            assertEquals(u, read(out.toString()).value(), "round trip of " + c[0]);
        }
    }
}
