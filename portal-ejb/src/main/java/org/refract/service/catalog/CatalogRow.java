package org.refract.service.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of a catalogue list in administration.
 *
 * @param code the immutable code
 * @param name the name
 * @param detail the kind-specific summary (a therapy's class, a factor's category)
 * @param conditions names of the conditions it applies to
 * @param active whether it is offered for new data
 */
public record CatalogRow(String code, String name, String detail, List<String> conditions, boolean active)
        implements Serializable {}
