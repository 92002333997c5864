package org.refract.service.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * A therapy as the administrator edits it; {@code active}, {@code version} and {@code references} are read-only.
 *
 * @param code immutable code, 1-60 lowercase letters, digits or hyphens
 * @param name name
 * @param therapyClass drug class or kind of procedure
 * @param target molecular target, optional
 * @param route route of administration
 * @param inhaled whether inhaler technique matters
 * @param description optional description
 * @param source optional source (guideline, label)
 * @param displayOrder position in pickers
 * @param conditions codes of the conditions it treats
 * @param active whether it is offered for new treatment lines
 * @param version the version an edit is made on
 * @param references treatment lines that use it
 */
public record TherapyDetail(
        String code,
        String name,
        String therapyClass,
        String target,
        String route,
        boolean inhaled,
        String description,
        String source,
        int displayOrder,
        List<String> conditions,
        boolean active,
        long version,
        long references)
        implements Serializable {}
