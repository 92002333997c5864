package org.refract.web.casework;

/** Units as people read them: the catalogue stores {@code cells/uL} because lab systems send it so. */
public final class Units {

    private Units() {}

    public static String display(String unit) {
        return unit == null ? "" : unit.replace("uL", "µL");
    }
}
