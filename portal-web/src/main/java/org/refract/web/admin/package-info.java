/** Administration pages: content, catalogues, users and teams. */
package org.refract.web.admin;
