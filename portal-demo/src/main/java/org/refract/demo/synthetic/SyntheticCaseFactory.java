package org.refract.demo.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Makes synthetic, pseudonymous cases of treatment-resistant disease for benchmarks and demonstrations.
 * <p>
 * Deterministic: the same seed, first pseudonym and reference time give the same cases, and case <i>n</i> depends
 * only on the seed and its own number (each case draws from its own {@link java.util.SplittableRandom}), so a run can
 * be resumed or split. Patients are identified by pseudonyms {@code P-000001}, {@code P-000002}, … only; summaries
 * mention age and sex but never names, places, dates of birth or hospital numbers.
 * <p>
 * Case mix: severe asthma 40%, myasthenia gravis 20%, haemophilia A 14%, haemophilia B 6%, epilepsy 20%. Status mix:
 * mostly early (draft 30%, ready for review 25%, in review 20%), then recommendation issued 10%, follow-up 10%,
 * closed 5%.
 */
public final class SyntheticCaseFactory {

    /** Digits after {@code P-}; enough for a million patients before the pseudonyms grow a digit. */
    public static final int PSEUDONYM_DIGITS = 6;

    static final List<String> STATUSES =
            List.of("DRAFT", "READY_FOR_REVIEW", "IN_REVIEW", "RECOMMENDATION_ISSUED", "FOLLOW_UP", "CLOSED");
    private static final double[] STATUS_WEIGHTS = {30, 25, 20, 10, 10, 5};

    private static final List<ConditionModel> MODELS = List.of(
            new SevereAsthmaModel(),
            new MyastheniaGravisModel(),
            HaemophiliaModel.typeA(),
            HaemophiliaModel.typeB(),
            new EpilepsyModel());
    private static final double[] MODEL_WEIGHTS = {40, 20, 14, 6, 20};

    /** Golden-ratio increment: spreads consecutive case numbers over the seed space. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long firstPseudonym;
    private final Instant now;
    private final LocalDate today;

    /**
     * @param seed the random seed
     * @param firstPseudonym number of the first patient's pseudonym (1 gives P-000001)
     * @param now the reference time: nothing generated lies after it
     */
    public SyntheticCaseFactory(long seed, long firstPseudonym, Instant now) {
        if (firstPseudonym < 1) {
            throw new IllegalArgumentException("The first pseudonym number must be at least 1.");
        }
        this.seed = seed;
        this.firstPseudonym = firstPseudonym;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(this.now, ZoneOffset.UTC);
    }

    /** {@code P-} and the number, zero-padded to {@link #PSEUDONYM_DIGITS} digits. */
    public static String pseudonym(long number) {
        return String.format("P-%0" + PSEUDONYM_DIGITS + "d", number);
    }

    /** Every code the factory can emit. */
    public static Vocabulary vocabulary() {
        Map<String, String> teams = new LinkedHashMap<>();
        Map<String, Set<String>> instruments = new LinkedHashMap<>();
        Map<String, Set<String>> therapies = new LinkedHashMap<>();
        Map<String, Set<String>> factors = new LinkedHashMap<>();
        for (ConditionModel model : MODELS) {
            teams.put(model.conditionCode(), model.teamCode());
            instruments.put(model.conditionCode(), new LinkedHashSet<>(model.instrumentCodes()));
            therapies.put(model.conditionCode(), new LinkedHashSet<>(model.therapyCodes()));
            factors.put(model.conditionCode(), new LinkedHashSet<>(model.factorCodes()));
        }
        return new Vocabulary(teams, instruments, therapies, factors);
    }

    /** The first {@code count} cases. */
    public Stream<CaseBlueprint> cases(long count) {
        return LongStream.range(0, count).mapToObj(this::blueprint);
    }

    /** The case at position {@code index} (0 = the first), the same on every call. */
    public CaseBlueprint blueprint(long index) {
        long number = firstPseudonym + index;
        Dice dice = new Dice(seed + number * GOLDEN_GAMMA);
        ConditionModel model = dice.weighted(MODELS, MODEL_WEIGHTS);

        int age = dice.between(model.minAge(), model.maxAge());
        int birthYear = today.getYear() - age;
        String sex = dice.chance(0.005) ? "X" : dice.chance(model.femaleShare()) ? "F" : "M";
        String status = dice.weighted(STATUSES, STATUS_WEIGHTS);

        CaseDraft draft = new CaseDraft(dice, today, birthYear, sex);
        model.fill(draft);

        Instant createdAt =
                now.minusSeconds(dice.between(3600, (int) Duration.ofDays(730).toSeconds()));
        List<ObservationBlueprint> observations = observations(dice, draft, createdAt);
        Instant statusChangedAt = "DRAFT".equals(status)
                ? createdAt
                : createdAt.plusSeconds((long)
                        (dice.uniform(0, 1) * Duration.between(createdAt, now).toSeconds()));
        Instant updatedAt = statusChangedAt;
        for (ObservationBlueprint o : observations) {
            if (o.enteredAt().isAfter(updatedAt)) {
                updatedAt = o.enteredAt();
            }
        }
        return new CaseBlueprint(
                pseudonym(number),
                birthYear,
                sex,
                model.conditionCode(),
                model.teamCode(),
                draft.title(),
                draft.summary(),
                status,
                createdAt,
                statusChangedAt,
                updatedAt,
                dice.anyInt(),
                observations,
                draft.lines(),
                draft.findings());
    }

    /**
     * Results measured before the case was opened are entered when it is opened; later ones within three days of
     * the measurement; none after {@link #now}.
     */
    private List<ObservationBlueprint> observations(Dice dice, CaseDraft draft, Instant createdAt) {
        List<CaseDraft.Measurement> sorted = new ArrayList<>(draft.measurements());
        sorted.sort(Comparator.comparing(CaseDraft.Measurement::observedOn));
        List<ObservationBlueprint> observations = new ArrayList<>(sorted.size());
        for (CaseDraft.Measurement m : sorted) {
            Instant measured = m.observedOn().atTime(8, 0).toInstant(ZoneOffset.UTC);
            Instant base = measured.isAfter(createdAt) ? measured : createdAt;
            Instant entered = base.plusSeconds(dice.between(0, 3 * 24 * 3600));
            if (entered.isAfter(now)) {
                entered = now;
            }
            observations.add(new ObservationBlueprint(
                    m.instrumentCode(), m.number(), m.code(), Units.of(m.instrumentCode()), m.observedOn(), entered));
        }
        return observations;
    }
}
