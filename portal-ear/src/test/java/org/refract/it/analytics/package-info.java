/** Integration tests of team analytics: the figures against a hand-computed fixture, and their team scoping. */
package org.refract.it.analytics;
