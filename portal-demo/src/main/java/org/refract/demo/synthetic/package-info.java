/**
 * Synthetic, pseudonymous cases for benchmarks and demonstrations: a deterministic case factory and a JDBC bulk
 * writer that loads them straight into the schema, outside the application server.
 */
package org.refract.demo.synthetic;
