package org.refract.demo.identity;

import java.util.List;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamRole;

/**
 * One demo login. All demo accounts share {@link #PASSWORD}; the same table is printed in the README and in the
 * server log at first start. The people are fictional.
 *
 * @param username login name
 * @param displayName fictional name
 * @param discipline discipline
 * @param role portal role
 * @param team team code, or null for the administrator
 * @param teamRole role in the team
 */
public record DemoAccount(
        String username, String displayName, Discipline discipline, Role role, String team, TeamRole teamRole) {

    /** The password of every demo account (embedded database only). */
    public static final String PASSWORD = "refract-demo-2026";

    /** The demo accounts, team by team, administrator last. */
    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(
                    "resp.chair", "Dr Helen Park", Discipline.PULMONOLOGIST, Role.CHAIR, "respiratory", TeamRole.CHAIR),
            new DemoAccount(
                    "resp.pulm",
                    "Dr Samuel Okafor",
                    Discipline.PULMONOLOGIST,
                    Role.CLINICIAN,
                    "respiratory",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "resp.pharm",
                    "Priya Natarajan",
                    Discipline.PHARMACIST,
                    Role.CLINICIAN,
                    "respiratory",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "resp.nurse",
                    "Joanna Lindqvist",
                    Discipline.SPECIALIST_NURSE,
                    Role.CLINICIAN,
                    "respiratory",
                    TeamRole.COORDINATOR),
            new DemoAccount(
                    "neuro.chair",
                    "Dr Marta Kowalski",
                    Discipline.NEUROLOGIST,
                    Role.CHAIR,
                    "neuromuscular",
                    TeamRole.CHAIR),
            new DemoAccount(
                    "neuro.neuro",
                    "Dr Tomas Reyes",
                    Discipline.NEUROLOGIST,
                    Role.CLINICIAN,
                    "neuromuscular",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "neuro.immuno",
                    "Dr Aiko Tanaka",
                    Discipline.IMMUNOLOGIST,
                    Role.CLINICIAN,
                    "neuromuscular",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "haem.chair",
                    "Dr Olivia Brennan",
                    Discipline.HAEMATOLOGIST,
                    Role.CHAIR,
                    "haemophilia",
                    TeamRole.CHAIR),
            new DemoAccount(
                    "haem.haem",
                    "Dr Yusuf Demir",
                    Discipline.HAEMATOLOGIST,
                    Role.CLINICIAN,
                    "haemophilia",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "haem.pharm",
                    "Lena Fischer",
                    Discipline.PHARMACIST,
                    Role.CLINICIAN,
                    "haemophilia",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "haem.genet",
                    "Dr Ravi Menon",
                    Discipline.GENETICIST,
                    Role.CLINICIAN,
                    "haemophilia",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "epi.chair", "Dr Claire Dubois", Discipline.NEUROLOGIST, Role.CHAIR, "epilepsy", TeamRole.CHAIR),
            new DemoAccount(
                    "epi.neuro",
                    "Dr Kwame Mensah",
                    Discipline.NEUROLOGIST,
                    Role.CLINICIAN,
                    "epilepsy",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "epi.psych",
                    "Dr Ingrid Holm",
                    Discipline.PSYCHOLOGIST,
                    Role.CLINICIAN,
                    "epilepsy",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "lymph.chair",
                    "Dr Eleanor Vance",
                    Discipline.HAEMATOLOGIST,
                    Role.CHAIR,
                    "lymphoma",
                    TeamRole.CHAIR),
            new DemoAccount(
                    "lymph.haem",
                    "Dr Mateo Alvarez",
                    Discipline.HAEMATOLOGIST,
                    Role.CLINICIAN,
                    "lymphoma",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "lymph.onc", "Dr Nadia Haddad", Discipline.ONCOLOGIST, Role.CLINICIAN, "lymphoma", TeamRole.MEMBER),
            new DemoAccount(
                    "lupus.chair", "Dr Grace Adeyemi", Discipline.RHEUMATOLOGIST, Role.CHAIR, "lupus", TeamRole.CHAIR),
            new DemoAccount(
                    "lupus.rheum",
                    "Dr Jonas Berg",
                    Discipline.RHEUMATOLOGIST,
                    Role.CLINICIAN,
                    "lupus",
                    TeamRole.MEMBER),
            new DemoAccount(
                    "lupus.nephro",
                    "Dr Sofia Marchetti",
                    Discipline.NEPHROLOGIST,
                    Role.CLINICIAN,
                    "lupus",
                    TeamRole.MEMBER),
            new DemoAccount("admin", "Alex Morgan", Discipline.INFORMATICIAN, Role.ADMIN, null, null));

    /** The demo teams: code, name, condition focus. */
    public static final List<List<String>> TEAMS = List.of(
            List.of("respiratory", "Severe asthma MDT", "Severe and uncontrolled asthma"),
            List.of("neuromuscular", "Neuromuscular MDT", "Refractory myasthenia gravis"),
            List.of("haemophilia", "Haemophilia MDT", "Haemophilia A and B with inhibitors"),
            List.of("epilepsy", "Epilepsy MDT", "Drug-resistant epilepsy"),
            List.of("lymphoma", "Lymphoma MDT", "Relapsed and refractory large B-cell lymphoma"),
            List.of("lupus", "Lupus MDT", "Refractory systemic lupus erythematosus and lupus nephritis"));
}
