package org.refract.domain.decision;

/** What one {@link Criterion} found on its own: a verdict and the value behind it. */
public record Judgement(Verdict verdict, String value) {
    static Judgement missing(String what) {
        return new Judgement(Verdict.MISSING, what);
    }
}
