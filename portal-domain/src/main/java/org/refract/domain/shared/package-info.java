/**
 * Building blocks shared by every feature: the entity base class and the domain exceptions.
 */
package org.refract.domain.shared;
