package org.refract.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test whose outcome can depend on the database product: migrations, optimistic locking, audit
 * tables, date windows, sorting and paging in SQL, atomic counters, the demo seeding. CI runs the whole suite on
 * the embedded H2 database (the README's test command) and these classes once more on PostgreSQL
 * ({@code -Ppostgres -Dgroups=database}); the other tests only reach the database through the same queries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
public @interface DatabaseSensitive {}
