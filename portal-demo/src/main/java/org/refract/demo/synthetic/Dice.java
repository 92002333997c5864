package org.refract.demo.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws the factory needs, on top of one {@link SplittableRandom}: integers, chances, weighted choices
 * and the normal and log-normal distributions that clinical measurements follow. Not thread-safe.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A whole number from {@code min} to {@code max}, both inclusive. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double uniform(double min, double max) {
        return random.nextDouble(min, max);
    }

    int anyInt() {
        return random.nextInt(Integer.MAX_VALUE);
    }

    /** Box–Muller; one draw per call keeps the sequence simple to reason about. */
    double normal(double mean, double sd) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + sd * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Log-normal with the given median and geometric spread ({@code sigma} on the log scale). */
    double logNormal(double median, double sigma) {
        return Math.exp(normal(Math.log(median), sigma));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks {@code items[i]} with probability proportional to {@code weights[i]}. */
    <T> T weighted(List<T> items, double... weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException("One weight per item is required.");
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    static BigDecimal clamp(double value, double min, double max, int decimals) {
        double bounded = Math.max(min, Math.min(max, value));
        return BigDecimal.valueOf(bounded).setScale(decimals, RoundingMode.HALF_UP);
    }
}
