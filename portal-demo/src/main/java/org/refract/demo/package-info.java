/**
 * Demonstration and synthetic data, kept out of the production modules: the start-up seeder of the demo teams,
 * accounts, cases and meetings, and the synthetic case generator used by the benchmark. Nothing in portal-domain,
 * portal-ejb or portal-web refers to this module; the production build (-Pproduction) leaves it out of the EAR.
 */
package org.refract.demo;
