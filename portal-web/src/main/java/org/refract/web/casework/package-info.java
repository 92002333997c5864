/**
 * Casework pages: the worklist of the caller's cases, the new-case form and the case page
 * ({@code /cases/case.xhtml}: a view-scoped {@link org.refract.web.casework.CasePage} holding the case, and one small
 * bean per tab or form that calls the casework services with the case version the page holds).
 */
package org.refract.web.casework;
