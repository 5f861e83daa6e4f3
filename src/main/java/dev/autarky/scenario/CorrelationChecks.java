package dev.autarky.scenario;

import dev.autarky.internal.Checks;
import dev.autarky.internal.Problems;
import dev.autarky.internal.design.CorrelationMatrix;
import dev.autarky.uncertain.Uncertain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks of a scenario's correlations against its inputs, collected as problems. */
final class CorrelationChecks {

    private CorrelationChecks() {
    }

    static void check(Problems p, List<Correlation> correlations, Map<String, Uncertain> parameters) {
        Map<String, Integer> seen = new HashMap<>();
        boolean namesOk = true;
        for (int i = 0; i < correlations.size(); i++) {
            Correlation c = correlations.get(i);
            for (int j = 0; j < 2; j++) {
                String name = c.inputs().get(j);
                String path = "$.correlations[" + i + "].inputs[" + j + "]";
                Uncertain u = parameters.get(name);
                if (u == null) {
                    namesOk = false;
                    String hint = closest(name, parameters);
                    p.add(path, "must name an uncertain input, was \"" + name + "\""
                            + (hint == null ? "" : "; did you mean \"" + hint + "\"?"));
                } else if (u.isFixed()) {
                    namesOk = false;
                    p.add(path, "names a fixed parameter (\"" + name + "\" = " + Checks.format(u.mean())
                            + "); only parameters given as distributions can be correlated");
                }
            }
            String key = c.first().compareTo(c.second()) < 0 ? c.first() + "\u0000" + c.second()
                    : c.second() + "\u0000" + c.first();
            Integer before = seen.putIfAbsent(key, i);
            if (before != null) {
                namesOk = false;
                p.add("$.correlations[" + i + "].inputs", "repeats the pair of $.correlations[" + before + "] (\""
                        + c.first() + "\", \"" + c.second() + "\"); list each pair once");
            }
        }
        if (namesOk && !correlations.isEmpty()) {
            checkPossible(p, correlations);
        }
    }

    /** Checks that the pairs together form a positive semi-definite normal-scale matrix. */
    private static void checkPossible(Problems p, List<Correlation> correlations) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Correlation c : correlations) {
            index.putIfAbsent(c.first(), index.size());
            index.putIfAbsent(c.second(), index.size());
        }
        int n = index.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        for (Correlation c : correlations) {
            int i = index.get(c.first());
            int j = index.get(c.second());
            a[i][j] = CorrelationMatrix.normalFromSpearman(c.spearman());
            a[j][i] = a[i][j];
        }
        if (CorrelationMatrix.cholesky(a) != null) {
            return;
        }
        List<String> names = new ArrayList<>(index.keySet());
        int[] witness = smallestImpossibleSubset(a);
        List<String> involved = new ArrayList<>();
        double[][] sub = new double[witness.length][witness.length];
        for (int i = 0; i < witness.length; i++) {
            involved.add("\"" + names.get(witness[i]) + "\"");
            for (int j = 0; j < witness.length; j++) {
                sub[i][j] = a[witness[i]][witness[j]];
            }
        }
        double smallest = CorrelationMatrix.eigenvalues(sub)[0];
        p.add("$.correlations", "the rank correlations among " + String.join(", ", involved)
                + " cannot all hold at once: on the normal scale (rho = 2 sin(pi r / 6)) their matrix is not "
                + "positive semi-definite (smallest eigenvalue " + String.format(Locale.ROOT, "%.3g", smallest)
                + "); change one of them, or see Correlation.nearestPossible for the nearest possible set");
    }

    /**
     * Indices of a smallest principal submatrix that is not positive semi-definite: some pair or
     * triple if there is one (the usual culprit), else the connected group of inputs that fails.
     */
    private static int[] smallestImpossibleSubset(double[][] a) {
        int n = a.length;
        if (n <= 80) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (int k = j + 1; k < n; k++) {
                        int[] t = {i, j, k};
                        if (CorrelationMatrix.cholesky(submatrix(a, t)) == null) {
                            return t;
                        }
                    }
                }
            }
        }
        // connected components of the non-zero pattern; one of them fails
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(s);
            component[s] = count;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                for (int j = 0; j < n; j++) {
                    if (component[j] < 0 && a[i][j] != 0) {
                        component[j] = count;
                        queue.add(j);
                    }
                }
            }
            count++;
        }
        for (int c = 0; c < count; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (component[i] == c) {
                    members.add(i);
                }
            }
            int[] m = members.stream().mapToInt(Integer::intValue).toArray();
            if (CorrelationMatrix.cholesky(submatrix(a, m)) == null) {
                return m;
            }
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    private static double[][] submatrix(double[][] a, int[] idx) {
        double[][] s = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                s[i][j] = a[idx[i]][idx[j]];
            }
        }
        return s;
    }

    /** The uncertain input name closest to {@code name} (edit distance), if reasonably close. */
    private static String closest(String name, Map<String, Uncertain> parameters) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Uncertain> e : parameters.entrySet()) {
            if (e.getValue().isFixed()) {
                continue;
            }
            int d = distance(name, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best != null && bestDistance <= Math.max(3, name.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
