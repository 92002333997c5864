/** The Cases part of the REST contract (shared/API.md): create, read, list and update cases as JSON. */
package org.refract.web.api.cases;
