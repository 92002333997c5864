package org.refract.domain.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A treatment option of the catalogue: a drug, a biologic, a procedure or a device. */
@Entity
@Indexed(index = "catalog_therapy")
@Audited
@Cacheable
@Table(name = "therapy")
@NamedQuery(name = "Therapy.byCode", query = "select t from Therapy t where t.code = :code")
@NamedQuery(
        name = "Therapy.forCondition",
        query = "select t from Therapy t join t.conditions c "
                + "where c = :condition and t.active = true order by t.displayOrder, t.name")
public class Therapy extends CatalogEntry {

    @Column(name = "therapy_class", nullable = false, length = 80)
    @FullTextField(projectable = Projectable.YES)
    private String therapyClass;

    @Column(length = 160)
    private String target;

    @Column(nullable = false, length = 40)
    private String route;

    /** Inhaled therapies can fail because of poor inhaler technique, which the team must rule out. */
    @Column(nullable = false)
    private boolean inhaled;

    @Column(length = 2000)
    @FullTextField(projectable = Projectable.YES)
    private String description;

    @Column(length = 300)
    private String source;

    /** WHO ATC code, for FHIR exchange; null for procedures and regimens without one. */
    @Column(name = "atc_code", length = 10)
    private String atcCode;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "therapy_condition",
            joinColumns = @JoinColumn(name = "therapy_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    private Set<Condition> conditions = new HashSet<>();

    protected Therapy() {
        // for JPA
    }

    public Therapy(
            String code, String name, String therapyClass, String route, boolean inhaled, Set<Condition> conditions) {
        super(code, "Therapy", name);
        this.therapyClass = Objects.requireNonNull(therapyClass, "The class is required.");
        this.route = Objects.requireNonNull(route, "The route is required.");
        this.inhaled = inhaled;
        this.conditions = new HashSet<>(conditions);
    }

    /**
     * Changes everything but the code, which cases and rules refer to. Treatment lines keep pointing at the same
     * therapy, so a rename shows on existing cases too.
     */
    public void revise(
            String newName,
            String newClass,
            String newTarget,
            String newRoute,
            boolean newInhaled,
            String newDescription,
            String newSource,
            int newDisplayOrder,
            Set<Condition> newConditions) {
        rename(newName);
        this.therapyClass = Objects.requireNonNull(newClass, "The class is required.");
        this.target = newTarget;
        this.route = Objects.requireNonNull(newRoute, "The route is required.");
        this.inhaled = newInhaled;
        this.description = newDescription;
        this.source = newSource;
        reorder(newDisplayOrder);
        this.conditions.clear();
        this.conditions.addAll(newConditions);
    }

    public boolean appliesTo(Condition condition) {
        return conditions.contains(condition);
    }

    public String getTherapyClass() {
        return therapyClass;
    }

    public String getTarget() {
        return target;
    }

    public String getRoute() {
        return route;
    }

    public boolean isInhaled() {
        return inhaled;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public String getAtcCode() {
        return atcCode;
    }

    public Set<Condition> getConditions() {
        return Collections.unmodifiableSet(conditions);
    }

    @Override
    public String toString() {
        return getCode();
    }
}
