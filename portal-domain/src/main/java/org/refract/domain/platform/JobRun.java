package org.refract.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.refract.domain.shared.BaseEntity;

/**
 * One server's claim to run a scheduled job for one scope (a team, say) on one day. The table's unique key on job,
 * scope and day lets exactly one claim in: every server of a cluster runs the same timer, and the others find the
 * day taken. Not clinical data, so not audited.
 */
@Entity
@Table(name = "job_run")
public class JobRun extends BaseEntity {

    @Column(nullable = false, length = 64, updatable = false)
    private String job;

    @Column(name = "scope_key", nullable = false, length = 64, updatable = false)
    private String scope;

    @Column(name = "run_on", nullable = false, updatable = false)
    private LocalDate runOn;

    @Column(nullable = false, length = 100, updatable = false)
    private String node;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    private Instant claimedAt;

    protected JobRun() {
        // for JPA
    }

    public JobRun(String job, String scope, LocalDate runOn, String node, Instant claimedAt) {
        this.job = Objects.requireNonNull(job, "The job is required.");
        this.scope = Objects.requireNonNull(scope, "The scope is required.");
        this.runOn = Objects.requireNonNull(runOn, "The day is required.");
        String name = Objects.requireNonNull(node, "The node is required.");
        this.node = name.length() > 100 ? name.substring(0, 100) : name;
        this.claimedAt = Objects.requireNonNull(claimedAt, "The time is required.");
    }

    public String getJob() {
        return job;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getRunOn() {
        return runOn;
    }

    public String getNode() {
        return node;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }
}
