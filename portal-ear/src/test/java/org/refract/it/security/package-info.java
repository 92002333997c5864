/** Tests that walk the whole portal for what each role may see. */
package org.refract.it.security;
