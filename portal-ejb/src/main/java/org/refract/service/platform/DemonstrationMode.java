package org.refract.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether this portal runs with demonstration data: the demo module switches it on when it was asked to seed
 * ({@code -Drefract.demo=true}), and the layout then shows a banner on every page so that nobody mistakes the
 * fictional people and cases for real ones. Off in every other install, and always in a {@code -Pproduction} EAR,
 * which has no demo module to switch it on.
 */
@Named("demonstration")
@ApplicationScoped
public class DemonstrationMode {

    private volatile boolean on;

    /** Called by the demo module at start when the demo was asked for. */
    public void switchOn() {
        on = true;
    }

    /** True when the portal holds demonstration data. */
    public boolean isOn() {
        return on;
    }
}
