/** Clinical-trial administration pages ({@code /admin/trials/}): the list and the edit page of a trial. */
package org.refract.web.trial;
