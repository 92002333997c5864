/**
 * What every page shares: the current user for the header and navigation, messages, the build version, and
 * {@link org.refract.web.shared.FormAction}, the one way a backing bean runs a save and shows its refusal beside the
 * form.
 */
package org.refract.web.shared;
