/**
 * Knowledge articles: sanitised rich text, a publication workflow, a revision for every save, side-by-side diffs
 * and restore. Clinicians read only published articles.
 */
package org.refract.domain.knowledge;
