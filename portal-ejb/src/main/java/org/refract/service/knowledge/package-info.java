/**
 * Knowledge articles: administration (drafts, revisions, diff, restore, publication) for administrators, and the
 * published articles every signed-in user reads.
 */
package org.refract.service.knowledge;
