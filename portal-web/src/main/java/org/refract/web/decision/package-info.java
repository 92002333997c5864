/** Decision support in the browser: the assessment panel and the administrators' rule editor. */
package org.refract.web.decision;
