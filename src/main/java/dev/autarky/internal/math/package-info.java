/**
 * Numeric building blocks with exactly specified results: order-independent exact summation and
 * Markov transition matrices. Internal: not part of the user API.
 */
package dev.autarky.internal.math;
