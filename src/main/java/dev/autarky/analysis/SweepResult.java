package dev.autarky.analysis;

import dev.autarky.result.Estimate;
import dev.autarky.result.RunInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lever swept over a grid with common random numbers: at every value, P(self-reliant by the
 * year) under each criterion and the mean of a cost, and their change from the first value of the
 * grid measured path by path. Immutable.
 *
 * @param run      the run every point shared (its scenario field is the base scenario's name)
 * @param lever    what the lever sets
 * @param unit     the unit of its values
 * @param byYear   the calendar year of P(self-reliant by the end of the year)
 * @param cost     the cost whose mean is reported
 * @param costUnit its unit
 * @param criteria the criteria, by id
 * @param points   one per value, in the order given
 * @param confidence confidence of every interval
 */
public record SweepResult(RunInfo run, String lever, String unit, int byYear, String cost, String costUnit,
        List<String> criteria, List<Point> points, double confidence) {

    /**
     * Copies the lists.
     *
     * @param run the run every point shared (its scenario field is the base scenario's name)
     * @param lever what the lever sets
     * @param unit the unit of its values
     * @param byYear the calendar year of P(self-reliant by the end of the year)
     * @param cost mean of the cost, Student's t
     * @param costUnit its unit
     * @param criteria the criteria, by id
     * @param points one per value, in the order given
     * @param confidence confidence of every interval
     */
    public SweepResult {
        criteria = List.copyOf(criteria);
        points = List.copyOf(points);
    }

    /**
     * One value of the lever.
     *
     * @param value             the lever's value
     * @param scenario          the variant's name
     * @param probabilityBy     per criterion (in {@code criteria} order), P(self-reliant by {@code byYear}), Wilson
     * @param cost              mean of the cost, Student's t
     * @param probabilityChange per criterion, the change from the first point, Newcombe's paired interval
     * @param costChange        the change of the mean cost from the first point, paired Student's t
     */
    public record Point(double value, String scenario, List<Estimate> probabilityBy, Estimate cost,
            List<Estimate> probabilityChange, Estimate costChange) {
        /**
         * Copies the lists.
         *
         * @param value the lever's value
         * @param scenario the variant's name
         * @param probabilityBy per criterion (in {@code criteria} order), P(self-reliant by {@code byYear}),
         *                      Wilson
         * @param cost mean of the cost, Student's t
         * @param probabilityChange per criterion, the change from the first point, Newcombe's paired
         *                          interval
         * @param costChange the change of the mean cost from the first point, paired Student's t
         */
        public Point {
            probabilityBy = List.copyOf(probabilityBy);
            probabilityChange = List.copyOf(probabilityChange);
        }
    }

    /**
     * The cost–probability frontier under {@code criterion}: the indices of the points that no
     * other point beats on both counts (a lower or equal mean cost with a higher or equal
     * probability, one of them strictly), by increasing mean cost. Point estimates decide;
     * their intervals say how firmly.
     *
     * @param criterion id of a self-reliance criterion
     * @return the cost–probability frontier under {@code criterion}: the indices of the points that no other
     *         point beats on both counts (a lower or equal mean cost with a higher or equal probability, one
     *         of them strictly), by increasing mean cost
     */
    public List<Integer> frontier(String criterion) {
        int c = criteria.indexOf(criterion);
        if (c < 0) {
            throw new IllegalArgumentException("no criterion \"" + criterion + "\"; known: " + criteria);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double ci = points.get(i).cost().value();
            double pi = points.get(i).probabilityBy().get(c).value();
            boolean dominated = false;
            for (int j = 0; j < points.size() && !dominated; j++) {
                double cj = points.get(j).cost().value();
                double pj = points.get(j).probabilityBy().get(c).value();
                dominated = j != i && cj <= ci && pj >= pi && (cj < ci || pj > pi);
            }
            if (!dominated) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparingDouble((Integer i) -> points.get(i).cost().value()).thenComparing(i -> i));
        return out;
    }
}
