package org.refract.service.catalog;

import java.io.Serializable;

/**
 * A condition as the administrator edits it; {@code active}, {@code version} and {@code references} are read-only.
 *
 * @param code immutable code, 1-60 lowercase letters, digits or hyphens
 * @param name name
 * @param snomedCode optional SNOMED CT concept id (digits)
 * @param icd10Code optional ICD-10 (WHO) code, e.g. J45.9
 * @param description optional description
 * @param displayOrder position in pickers
 * @param active whether new cases may be recorded for it
 * @param version the version an edit is made on
 * @param references cases recorded for it, plus catalogue entries and teams that apply to it
 */
public record ConditionDetail(
        String code,
        String name,
        String snomedCode,
        String icd10Code,
        String description,
        int displayOrder,
        boolean active,
        long version,
        long references)
        implements Serializable {}
