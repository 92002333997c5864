package org.refract.demo.review;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.UserAccount;

/** What the demo's review seeders look up by name: accounts, showcase cases by pseudonym, catalogue entries. */
@Dependent
class DemoFinder {

    @PersistenceContext
    EntityManager em;

    static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute))
                .atZone(ZoneId.systemDefault())
                .toInstant();
    }

    UserAccount user(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    ClinicalCase caseOf(String pseudonym) {
        return em.createQuery("select c from ClinicalCase c where c.patient.pseudonym = :p", ClinicalCase.class)
                .setParameter("p", pseudonym)
                .getSingleResult();
    }

    Therapy therapy(String code) {
        return em.createNamedQuery("Therapy.byCode", Therapy.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    ResistanceFactor factor(String code) {
        return em.createNamedQuery("ResistanceFactor.byCode", ResistanceFactor.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
