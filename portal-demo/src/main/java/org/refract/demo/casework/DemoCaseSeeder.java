package org.refract.demo.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.refract.demo.identity.DemoAccount;
import org.refract.demo.review.DemoMeetingSeeder;
import org.refract.demo.review.DemoOutcomeSeeder;
import org.refract.demo.synthetic.CaseBlueprint;
import org.refract.demo.synthetic.SyntheticCaseFactory;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.NewCaseAssembler;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;

/**
 * Records the demonstration cases through the same path as a clinician's request (so every rule of the model
 * applies and Envers keeps their history): the hand-written showcase cases, then synthetic ones.
 */
@Dependent
public class DemoCaseSeeder {

    private static final Logger LOG = Logger.getLogger(DemoCaseSeeder.class);

    /**
     * Demo cases per condition, showcase ones included, topped up with synthetic cases;
     * {@code -Drefract.demo.synthetic=0} (the integration tests) keeps only the showcase cases.
     */
    private static final int CASES_PER_CONDITION = Integer.getInteger("refract.demo.synthetic", 12);

    /** Conditions the generator knows; lymphoma and lupus have showcase cases only. */
    private static final Set<String> GENERATED =
            Set.of("severe-asthma", "myasthenia-gravis", "haemophilia-a", "haemophilia-b", "epilepsy");

    /** Synthetic demo pseudonyms start here, clear of the showcase ones (P-1001 ...). */
    private static final long FIRST_SYNTHETIC_PSEUDONYM = 10_001;

    /** Walks a case along the workflow to where the demo wants it. */
    private static final List<CaseStatus> PATH = List.of(
            CaseStatus.READY_FOR_REVIEW,
            CaseStatus.IN_REVIEW,
            CaseStatus.RECOMMENDATION_ISSUED,
            CaseStatus.FOLLOW_UP,
            CaseStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    NewCaseAssembler assembler;

    @Inject
    Clock clock;

    @Inject
    DemoMeetingSeeder demoMeetings;

    @Inject
    DemoOutcomeSeeder demoOutcomes;

    /** Statuses that only a signed recommendation reaches: such cases are decided at last week's demo meeting. */
    private static final Set<CaseStatus> DECIDED =
            EnumSet.of(CaseStatus.RECOMMENDATION_ISSUED, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED);

    private final List<DemoMeetingSeeder.Decided> decided = new ArrayList<>();

    public void seed() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        Map<String, Integer> perCondition = new HashMap<>();
        for (DemoCases demo : DemoCases.all(today)) {
            record(demo.command(), demo.clinician(), demo.status(), now, today);
            perCondition.merge(demo.command().condition(), 1, Integer::sum);
        }
        if (CASES_PER_CONDITION > 0) {
            SyntheticCaseFactory factory = new SyntheticCaseFactory(2026L, FIRST_SYNTHETIC_PSEUDONYM, now);
            Iterator<CaseBlueprint> blueprints = factory.cases(Long.MAX_VALUE).iterator();
            for (int guard = 0; guard < 10_000 && !full(perCondition); guard++) {
                CaseBlueprint blueprint = blueprints.next();
                if (perCondition.getOrDefault(blueprint.conditionCode(), 0) < CASES_PER_CONDITION) {
                    record(
                            newCase(blueprint),
                            clinician(blueprint),
                            CaseStatus.valueOf(blueprint.status()),
                            now,
                            today);
                    perCondition.merge(blueprint.conditionCode(), 1, Integer::sum);
                }
            }
        }
        LOG.infof("Demo cases created, per condition: %s", perCondition);
        demoOutcomes.seed(today);
        demoMeetings.seed(decided, now, today);
    }

    private static boolean full(Map<String, Integer> perCondition) {
        return GENERATED.stream().allMatch(c -> perCondition.getOrDefault(c, 0) >= CASES_PER_CONDITION);
    }

    private void record(NewCase command, String clinician, CaseStatus status, Instant now, LocalDate today) {
        ClinicalCase created = assembler.assemble(command, clinician, now, today);
        for (DemoEvents.DemoEvent event : DemoEvents.of(command.patient().pseudonym())) {
            created.recordEvent(event.type(), event.date(today), event.details(), event.note(), clinician, now, today);
        }
        CaseStatus walkTo = DECIDED.contains(status) ? CaseStatus.READY_FOR_REVIEW : status;
        for (CaseStatus step : PATH) {
            if (created.getStatus() == walkTo) {
                break;
            }
            created.moveTo(step, clinician, now);
        }
        em.persist(created);
        em.flush();
        if (walkTo != status) {
            decided.add(new DemoMeetingSeeder.Decided(created, status));
        }
    }

    private static NewCase newCase(CaseBlueprint b) {
        return new NewCase(
                new PatientRequest(b.pseudonym(), b.birthYear(), b.sex()),
                b.conditionCode(),
                b.teamCode(),
                b.title(),
                b.summary(),
                b.observations().stream()
                        .map(o -> new ObservationRequest(
                                o.instrumentCode(),
                                o.isNumeric() ? o.number() : o.code(),
                                o.unit(),
                                o.observedOn(),
                                null))
                        .toList(),
                b.treatmentLines().stream()
                        .map(l -> new TreatmentLineRequest(
                                l.therapyCode(),
                                l.dose(),
                                l.start(),
                                l.end(),
                                l.response(),
                                l.reasonStopped(),
                                l.adherenceConfirmed(),
                                l.adherenceMethod(),
                                l.inhalerTechniqueChecked(),
                                l.adequateTrial(),
                                l.adequacyReason()))
                        .toList(),
                b.findings().stream()
                        .map(f -> new FindingRequest(f.factorCode(), f.status(), f.evidence(), f.assessedOn()))
                        .toList());
    }

    /** One of the team's clinicians, chosen as the generator chose. */
    private static String clinician(CaseBlueprint b) {
        List<DemoAccount> members = DemoAccount.ALL.stream()
                .filter(a -> b.teamCode().equals(a.team()))
                .toList();
        return members.get(Math.floorMod(b.clinicianPick(), members.size())).username();
    }
}
