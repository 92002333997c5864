package org.refract.web.api;

/**
 * Names shared by the OpenAPI annotations of the resources: the security scheme, the error answers declared once on
 * {@link RestApplication}, and the {@code x-roles} extension that says which roles may call an operation.
 */
public final class ApiDocs {

    public static final String BASIC = "basic";
    public static final String ERRORS = "Errors";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";

    /** The extension that lists the roles allowed to call an operation, comma-separated. */
    public static final String ROLES = "x-roles";

    public static final String ANY_ROLE = "CLINICIAN,CHAIR,ADMIN";
    public static final String CLINICAL = "CLINICIAN,CHAIR";
    public static final String ADMIN = "ADMIN";

    private ApiDocs() {}
}
