package org.refract.domain.identity;

/** Portal roles; the names are the Jakarta Security group and role names. */
public enum Role {
    /** Records and reviews cases of the teams they belong to. */
    CLINICIAN,
    /** Chairs team meetings and signs recommendations; always a clinician as well. */
    CHAIR,
    /** Maintains content, catalogues, users and teams; never sees clinical case data. */
    ADMIN;

    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String CHAIR_NAME = "CHAIR";
    public static final String ADMIN_NAME = "ADMIN";
}
