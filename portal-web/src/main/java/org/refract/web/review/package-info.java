/** Pages of team case review: the meetings list with the schedule form, and one meeting's agenda and attendance. */
package org.refract.web.review;
