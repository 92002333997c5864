package org.refract.domain.decision;

import java.math.BigDecimal;

/** How a measured value is compared with a threshold. */
public enum Comparison {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<"),
    EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }

    public String symbol() {
        return symbol;
    }
}
