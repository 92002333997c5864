package org.refract.service.analytics;

import java.io.Serializable;

/** One bar of a chart: what is counted (a code and its label) and how many. */
public record CountRow(String code, String label, long count) implements Serializable {}
