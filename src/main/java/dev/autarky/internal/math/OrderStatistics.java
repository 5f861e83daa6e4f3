package dev.autarky.internal.math;

/**
 * Index arithmetic for the inverse of an empirical distribution function, shared by the exact
 * distribution and its compiled sampler so that both pick the same order statistic.
 */
public final class OrderStatistics {

    private OrderStatistics() {
    }

    /**
     * The 0-based index of the {@code p}-quantile among {@code n} sorted samples: {@code k - 1} for
     * the smallest {@code k >= 1} with {@code k / n >= p} as computed in floating point (that is,
     * {@code ceil(p n)}, made consistent with a distribution function evaluated as {@code k / n}).
     *
     * @param p a probability in {@code [0, 1]} (not checked)
     * @param n the number of samples, {@code >= 1} (not checked)
     */
    public static int quantileIndex(double p, int n) {
        int k = (int) Math.ceil(p * n);
        if (k < 1) {
            k = 1;
        } else if (k > n) {
            k = n;
        }
        if (k > 1 && (double) (k - 1) / n >= p) {
            k--;
        } else if (k < n && (double) k / n < p) {
            k++;
        }
        return k - 1;
    }
}
