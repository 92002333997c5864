package org.refract.domain.decision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The written vignettes, with boundary values and missing data. The unit tests hold the answers the cited
 * guidelines give; the rule editor previews edits on them.
 */
public final class Vignettes {

    /**
     * Every vignette, condition by condition. A condition's vignettes live in a class of their own; add a new class
     * here, and give every rule of the seed at least one vignette that meets it and one that does not
     * ({@code SeededRulesTest} checks this over all seeded rules).
     */
    private static final List<Vignette> ALL = Stream.of(
                    AsthmaVignettes.all(),
                    MyastheniaVignettes.all(),
                    HaemophiliaVignettes.all(),
                    EpilepsyVignettes.all(),
                    CellTherapyVignettes.all())
            .flatMap(List::stream)
            .toList();

    private Vignettes() {}

    /** These vignettes and those of the conditions kept in classes of their own ({@link LymphomaVignettes} ...). */
    public static List<Vignette> all() {
        return java.util.stream.Stream.of(ALL, LymphomaVignettes.all(), LupusVignettes.all())
                .flatMap(List::stream)
                .toList();
    }

    public static List<Vignette> of(String condition) {
        return all().stream().filter(v -> v.condition().equals(condition)).toList();
    }

    public static Optional<Vignette> byKey(String key) {
        return all().stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
