package org.refract.web.casework;

/** Addresses of the case pages, for redirects from Java code (views use the same paths in plain links). */
final class CaseLinks {

    /** The case page, followed by the case id. */
    static final String CASE_PAGE = "/cases/case.xhtml?id=";

    private CaseLinks() {}
}
