/**
 * Full-text search (Hibernate Search, Lucene backend) over published articles, the catalogue and the cases of the
 * caller's teams; the index lives in the server's data folder and is rebuilt at first start and on demand.
 */
package org.refract.service.search;
