/**
 * Runs on Apache Spark when one machine is not enough: the run's fixed blocks of paths become Spark
 * tasks, and the result is bit-identical to a local run of the same scenario, seed, paths and block
 * size, for any number of partitions and executors.
 *
 * <p>Every reference to Spark in the library is in this package; Spark itself is a
 * {@code provided} dependency ({@code spark-submit} supplies it), so users who only embed the
 * library never download it, and nothing outside this package loads a Spark class. Entry points:
 * {@link dev.autarky.spark.SparkSimulator} (Java API) and {@link dev.autarky.spark.SparkMain}
 * (for {@code spark-submit}). How blocks map to tasks, why the results are identical, sizing and
 * measured overheads: {@code docs/distributed.md}.
 */
package dev.autarky.spark;
