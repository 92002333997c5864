/**
 * What running the portal needs beside the clinical record: claims that let one server of a cluster run a job, and
 * the outbox of e-mails waiting to be sent.
 */
package org.refract.domain.platform;
