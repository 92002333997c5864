/**
 * The hand-written showcase cases, one class per condition, and the seeder that records them (and synthetic ones)
 * through the same path as a clinician's request.
 */
package org.refract.demo.casework;
