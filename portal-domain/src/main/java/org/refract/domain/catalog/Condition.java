package org.refract.domain.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A disease area in which treatment resistance is reviewed, such as severe asthma. */
@Entity
@Audited
@Indexed(index = "catalog_condition")
@Cacheable
@Table(name = "clinical_condition")
@NamedQuery(name = "Condition.byCode", query = "select c from Condition c where c.code = :code")
@NamedQuery(
        name = "Condition.active",
        query = "select c from Condition c where c.active = true order by c.displayOrder, c.name")
public class Condition extends CatalogEntry {

    @Column(nullable = false, unique = true, length = 60, updatable = false)
    @KeywordField(projectable = Projectable.YES)
    private String code;

    @Column(nullable = false, length = 160)
    @FullTextField(projectable = Projectable.YES)
    private String name;

    @Column(name = "snomed_code", length = 20)
    private String snomedCode;

    @Column(name = "icd10_code", length = 20)
    private String icd10Code;

    @Column(length = 2000)
    @FullTextField(projectable = Projectable.YES)
    private String description;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Condition() {
        // for JPA
    }

    public Condition(String code, String name, int displayOrder) {
        this.code = CatalogCode.require(code, "Condition");
        this.name = Objects.requireNonNull(name, "The name is required.");
        this.displayOrder = displayOrder;
    }

    /** Changes everything but the code, which cases, rules and teams refer to. */
    public void revise(
            String newName, String newSnomedCode, String newIcd10Code, String newDescription, int newDisplayOrder) {
        this.name = Objects.requireNonNull(newName, "The name is required.");
        this.snomedCode = newSnomedCode;
        this.icd10Code = newIcd10Code;
        this.description = newDescription;
        this.displayOrder = newDisplayOrder;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSnomedCode() {
        return snomedCode;
    }

    public String getIcd10Code() {
        return icd10Code;
    }

    public String getDescription() {
        return description;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    @Override
    public String toString() {
        return code;
    }
}
