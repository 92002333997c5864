/** The administrators' security log page. */
package org.refract.web.audit;
