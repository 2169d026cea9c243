/**
 * Measurements taken from landmarks: the catalogue of definitions (data, in
 * {@code kb/measurements.json}, with units, sign conventions, normal ranges, concern
 * cut-offs and measurement error, each with its sources), the formulas in code, and the
 * results, which are either a value or a gap naming the missing landmarks.
 */
package org.realign.core.measure;
