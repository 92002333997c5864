package org.refract.arquillian;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that needs the portal deployed for it alone, on an emptied database (migrations and demo data as on a
 * first start), instead of the deployment the classes before it used and changed: for tests whose assertions count
 * what the whole database holds (every administrator, every therapy, every mail in the outbox), and for tests that
 * change what other classes rely on (the demo accounts' teams). These classes run after the others of their kind
 * ({@link DeploymentGroupsOrderer}), so what they change reaches no class that shares a deployment.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {}
