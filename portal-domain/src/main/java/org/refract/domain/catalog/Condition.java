package org.refract.domain.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

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

    @Column(name = "snomed_code", length = 20)
    private String snomedCode;

    @Column(name = "icd10_code", length = 20)
    private String icd10Code;

    @Column(length = 2000)
    @FullTextField(projectable = Projectable.YES)
    private String description;

    protected Condition() {
        // for JPA
    }

    public Condition(String code, String name, int displayOrder) {
        super(code, "Condition", name);
        reorder(displayOrder);
    }

    /** Changes everything but the code, which cases, rules and teams refer to. */
    public void revise(
            String newName, String newSnomedCode, String newIcd10Code, String newDescription, int newDisplayOrder) {
        rename(newName);
        this.snomedCode = newSnomedCode;
        this.icd10Code = newIcd10Code;
        this.description = newDescription;
        reorder(newDisplayOrder);
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

    @Override
    public String toString() {
        return getCode();
    }
}
