package org.refract.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.refract.domain.shared.BaseEntity;

/**
 * What every catalogue entry (condition, instrument, therapy, resistance factor) shares: it is never deleted, because
 * cases and rules refer to it, only deactivated, which takes it out of the pickers for new records while existing
 * records keep showing it.
 */
@MappedSuperclass
@Audited
public abstract class CatalogEntry extends BaseEntity {

    @Column(nullable = false)
    @GenericField
    private boolean active = true;

    /** No longer offered for new records; existing records keep it. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }
}
