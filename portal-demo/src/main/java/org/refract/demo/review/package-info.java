/** The demo meetings (past, showcase and next week's) and the discussion on the showcase cases. */
package org.refract.demo.review;
