package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;

/**
 * Hand-written demonstration cases, one or two per kind of resistance the portal is for, dated relative to the
 * day the demo starts so that charts look current. Patients are fictional and known only by pseudonym.
 *
 * @param clinician the demo clinician who records the case
 * @param status where the case stands in the workflow
 */
record DemoCases(String clinician, CaseStatus status, NewCase command) {

    static List<DemoCases> all(LocalDate today) {
        return Stream.of(
                        new SevereAsthmaDemoCases(today),
                        new BiocrossDemoCases(today),
                        new MyastheniaGravisDemoCases(today),
                        new HaemophiliaDemoCases(today),
                        new EpilepsyDemoCases(today),
                        new LymphomaDemoCases(today),
                        new LupusDemoCases(today))
                .flatMap(condition -> condition.cases().stream())
                .toList();
    }
}
