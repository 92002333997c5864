package org.refract.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.refract.domain.shared.BaseEntity;

/**
 * What every catalogue entry (condition, instrument, therapy, resistance factor) shares: it is never deleted, because
 * cases and rules refer to it, only deactivated, which takes it out of the pickers for new records while existing
 * records keep showing it.
 */
@MappedSuperclass
@Audited
public abstract class CatalogEntry extends BaseEntity {

    @Column(nullable = false, unique = true, length = 60, updatable = false)
    @KeywordField(projectable = Projectable.YES)
    private String code;

    @Column(nullable = false, length = 160)
    @FullTextField(projectable = Projectable.YES)
    private String name;

    @Column(nullable = false)
    @GenericField
    private boolean active = true;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected CatalogEntry() {
        // for JPA
    }

    /** A new entry under its permanent code; {@code kind} names it in the error of a malformed code. */
    protected CatalogEntry(String code, String kind, String name) {
        this.code = CatalogCode.require(code, kind);
        rename(name);
    }

    protected final void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "The name is required.");
    }

    protected final void reorder(int newDisplayOrder) {
        this.displayOrder = newDisplayOrder;
    }

    /** The permanent code that cases and rules refer to. */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Position in lists and pickers. */
    public int getDisplayOrder() {
        return displayOrder;
    }

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
