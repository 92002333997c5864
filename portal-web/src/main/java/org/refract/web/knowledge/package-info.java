/** Knowledge articles in the browser: reading pages for everyone, the editor for administrators. */
package org.refract.web.knowledge;
