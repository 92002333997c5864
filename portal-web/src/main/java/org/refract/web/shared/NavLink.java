package org.refract.web.shared;

/**
 * One link of a navigation list written by {@link NavLinks}: the side navigation's items, the case page's tabs.
 *
 * @param id the element id, or null for none
 * @param href the address, with the context path
 * @param label the visible text
 * @param icon the PrimeIcons class shown before the text ({@code pi-home}), or null for none
 * @param current whether the link leads to the page shown (marked {@code aria-current="page"} and {@code active})
 */
public record NavLink(String id, String href, String label, String icon, boolean current) {}
