/** Integration tests of what happens after a decision: clinical events and the counts derived from them. */
package org.refract.it.outcomes;
