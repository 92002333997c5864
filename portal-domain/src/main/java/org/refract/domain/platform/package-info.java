/** What running the portal needs beside the clinical record: claims that let one server of a cluster run a job. */
package org.refract.domain.platform;
