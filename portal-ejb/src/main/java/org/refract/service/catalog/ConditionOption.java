package org.refract.service.catalog;

import java.io.Serializable;

/** A condition as offered in filters and forms. */
public record ConditionOption(String code, String name) implements Serializable {}
