package org.refract.service.catalog;

import java.io.Serializable;
import java.util.List;
import org.refract.domain.catalog.FactorCategory;

/**
 * A resistance factor as the administrator edits it; {@code active}, {@code version} and {@code references} are
 * read-only.
 *
 * @param code immutable code, 1-60 lowercase letters, digits or hyphens
 * @param name name
 * @param category category
 * @param modifiable whether the team can act on it
 * @param assessment how it is assessed
 * @param description optional description
 * @param displayOrder position in the checklist
 * @param conditions codes of the conditions it applies to
 * @param active whether it is offered for new findings
 * @param version the version an edit is made on
 * @param references findings that record it
 */
public record FactorDetail(
        String code,
        String name,
        FactorCategory category,
        boolean modifiable,
        String assessment,
        String description,
        int displayOrder,
        List<String> conditions,
        boolean active,
        long version,
        long references)
        implements Serializable {}
