package org.refract.service.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.service.identity.UserFinder;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.InvalidRequestException;

/**
 * Opening, reading and describing cases. Every method is limited to clinicians and chairs, and to the cases of
 * the caller's teams; administrators manage content and people, never clinical data.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class CaseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    NewCaseAssembler assembler;

    @Inject
    CaseViewLog viewLog;

    @Inject
    DerivedCounts derivedCounts;

    /**
     * Opens a case with its patient, measurements, treatment lines and resistance findings, all or nothing.
     *
     * @throws InvalidRequestException listing every problem, under the field path of the request
     * @throws AccessDeniedException when the caller is not a member of the named team
     */
    public CaseDetail create(NewCase command) {
        ClinicalCase created = assembler.assemble(command, access.caller(), clock.instant(), today());
        em.persist(created);
        em.flush();
        return CaseDetail.of(created, today().getYear());
    }

    /**
     * The case as the case page shows it, and a line in the view log: reading clinical data is recorded too.
     * Four statements whatever the size of the record or of the database: the case with its observations and the
     * name of who saved it last, its treatment lines with its events, its findings, and the log line (one or two more
     * for the catalogue entries of counts derived from events, where a case has such events).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseDetail open(long id) {
        // A transaction of its own whose one write, the log line, is a statement run at once: nothing to flush at
        // commit, where Hibernate would otherwise walk every entity of the case for cascades and changes (2 % of a
        // case page, issue 16). Nothing read here is changed; a caller's changes are never in this transaction.
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        CaseDetail detail = get(id);
        viewLog.record(id, access.caller(), clock.instant());
        return detail;
    }

    /**
     * The case without a line in the view log, for refreshing a page already open and for reading it again within
     * one request (the API's reads of a case and its assessment use {@link #open}).
     */
    public CaseDetail get(long id) {
        CaseAccess.Opened opened = access.open(id);
        ClinicalCase clinicalCase = opened.clinicalCase();
        fetch(clinicalCase, "treatmentLines", "therapy", "events");
        fetch(clinicalCase, "findings", "factor");
        return CaseDetail.of(
                clinicalCase,
                opened.clinician(),
                opened.updatedByName(),
                today().getYear(),
                derivedCounts.of(clinicalCase, today(), clock.instant()));
    }

    /**
     * Changes title, summary and responsible clinician.
     *
     * @param version the case version the caller's form was built from
     * @return the case after the change
     */
    public CaseDetail describe(long id, long version, String title, String summary, String clinicianUsername) {
        ClinicalCase clinicalCase = access.getForChange(id, version);
        UserAccount clinician =
                clinicianUsername == null ? clinicalCase.getClinician() : teamMember(clinicalCase, clinicianUsername);
        clinicalCase.describe(title, summary, clinician, access.caller(), clock.instant());
        access.flush(id);
        return get(id);
    }

    /** Moves the case along its workflow (e.g. ready for review), if the workflow allows it. */
    public CaseDetail changeStatus(long id, long version, CaseStatus target) {
        ClinicalCase clinicalCase = access.getForChange(id, version);
        clinicalCase.moveTo(target, access.caller(), clock.instant());
        access.flush(id);
        return get(id);
    }

    /**
     * Changes the description and then the status in one transaction, on the version the caller saw: both happen,
     * or (a refused status change, a conflict) neither does.
     */
    public CaseDetail update(long id, long version, CaseUpdateRequest request) {
        ClinicalCase clinicalCase = access.getForChange(id, version);
        if (request.describes()) {
            UserAccount clinician = request.clinician() == null
                    ? clinicalCase.getClinician()
                    : teamMember(clinicalCase, request.clinician());
            clinicalCase.describe(
                    request.title() == null ? clinicalCase.getTitle() : request.title(),
                    request.summaryGiven() ? request.summary() : clinicalCase.getSummary(),
                    clinician,
                    access.caller(),
                    clock.instant());
        }
        if (request.status() != null && request.status() != clinicalCase.getStatus()) {
            clinicalCase.moveTo(request.status(), access.caller(), clock.instant());
        }
        access.flush(id);
        return get(id);
    }

    /**
     * Active members of the case's team, who may be made responsible for it, in one statement (the team scoping
     * included: the caller is an active member of the team of every case they may see, so an empty list means
     * "not found").
     */
    public List<TeamMemberOption> clinicianOptions(long id) {
        List<TeamMemberOption> members = em.createQuery(
                        "select new org.refract.service.casework.TeamMemberOption(u.username, u.displayName)"
                                + " from TeamMembership membership join membership.user u where u.active = true"
                                + " and membership.team = " + CaseAccess.TEAM_OF_READABLE_CASE
                                + " order by u.displayName",
                        TeamMemberOption.class)
                .setParameter("id", id)
                .setParameter("caller", access.caller())
                .getResultList();
        if (members.isEmpty()) {
            throw CaseAccess.notFound(id);
        }
        return members;
    }

    private UserAccount teamMember(ClinicalCase clinicalCase, String username) {
        if (!clinicalCase.getTeam().hasMember(username)) {
            throw InvalidRequestException.of(
                    "clinician",
                    username + " is not a member of team "
                            + clinicalCase.getTeam().getName() + ".");
        }
        return users.getUser(username);
    }

    /**
     * Loads one more collection of a case already in the persistence context, with a reference of its elements, and
     * any further collections that are sets (a set may join a bag in one statement; two bags may not). A query string
     * rather than an entity graph: Hibernate keeps the SQL of a query string, but translates a query with a graph
     * again on every execution (issue 16).
     */
    private void fetch(ClinicalCase clinicalCase, String collection, String reference, String... sets) {
        StringBuilder query = new StringBuilder("select c from ClinicalCase c left join fetch c.")
                .append(collection)
                .append(" e left join fetch e.")
                .append(reference);
        for (String set : sets) {
            query.append(" left join fetch c.").append(set);
        }
        em.createQuery(query.append(" where c = :case").toString(), ClinicalCase.class)
                .setParameter("case", clinicalCase)
                .getResultList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
