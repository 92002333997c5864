package org.refract.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the API at {@code /portal/api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
