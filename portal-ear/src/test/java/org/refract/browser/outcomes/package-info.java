/** Browser tests of what happens after a decision: clinical events recorded from the case page. */
package org.refract.browser.outcomes;
