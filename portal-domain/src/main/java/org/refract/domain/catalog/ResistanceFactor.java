package org.refract.domain.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A possible cause of treatment resistance that a team assesses, such as poor adherence or an inhibitor. */
@Entity
@Indexed(index = "catalog_resistance_factor")
@Audited
@Cacheable
@Table(name = "resistance_factor")
@NamedQuery(name = "ResistanceFactor.byCode", query = "select f from ResistanceFactor f where f.code = :code")
@NamedQuery(
        name = "ResistanceFactor.forCondition",
        query = "select f from ResistanceFactor f join f.conditions c "
                + "where c = :condition and f.active = true order by f.category, f.displayOrder, f.name")
public class ResistanceFactor extends CatalogEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FactorCategory category;

    /** Whether the team can act on it (adherence, smoke) or only take it into account (genotype). */
    @Column(nullable = false)
    private boolean modifiable;

    @Column(nullable = false, length = 1000)
    @FullTextField(projectable = Projectable.YES)
    private String assessment;

    @Column(length = 2000)
    @FullTextField(projectable = Projectable.YES)
    private String description;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "resistance_factor_condition",
            joinColumns = @JoinColumn(name = "factor_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    private Set<Condition> conditions = new HashSet<>();

    protected ResistanceFactor() {
        // for JPA
    }

    public ResistanceFactor(
            String code,
            String name,
            FactorCategory category,
            boolean modifiable,
            String assessment,
            Set<Condition> conditions) {
        super(code, "Resistance factor", name);
        this.category = Objects.requireNonNull(category, "The category is required.");
        this.modifiable = modifiable;
        this.assessment = Objects.requireNonNull(assessment, "How the factor is assessed is required.");
        this.conditions = new HashSet<>(conditions);
    }

    /** Changes everything but the code, which cases and rules refer to; existing findings keep the factor. */
    public void revise(
            String newName,
            FactorCategory newCategory,
            boolean newModifiable,
            String newAssessment,
            String newDescription,
            int newDisplayOrder,
            Set<Condition> newConditions) {
        rename(newName);
        this.category = Objects.requireNonNull(newCategory, "The category is required.");
        this.modifiable = newModifiable;
        this.assessment = Objects.requireNonNull(newAssessment, "How the factor is assessed is required.");
        this.description = newDescription;
        reorder(newDisplayOrder);
        this.conditions.clear();
        this.conditions.addAll(newConditions);
    }

    public boolean appliesTo(Condition condition) {
        return conditions.contains(condition);
    }

    public FactorCategory getCategory() {
        return category;
    }

    public boolean isModifiable() {
        return modifiable;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getDescription() {
        return description;
    }

    public Set<Condition> getConditions() {
        return Collections.unmodifiableSet(conditions);
    }

    @Override
    public String toString() {
        return getCode();
    }
}
