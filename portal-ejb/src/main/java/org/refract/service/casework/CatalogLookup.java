package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.service.catalog.CatalogFinder;

/**
 * Catalogue entries by code, for recording. Inactive entries are not offered for new records. Used only by the
 * role-checked case services, in their transaction.
 */
@Dependent
public class CatalogLookup {

    @Inject
    CatalogFinder catalog;

    public Optional<Condition> condition(String code) {
        return catalog.findCondition(code).filter(Condition::isActive);
    }

    public Optional<Instrument> instrument(String code) {
        return catalog.findInstrument(code).filter(Instrument::isActive);
    }

    public Optional<Therapy> therapy(String code) {
        return catalog.findTherapy(code).filter(Therapy::isActive);
    }

    public Optional<ResistanceFactor> factor(String code) {
        return catalog.findFactor(code).filter(ResistanceFactor::isActive);
    }
}
