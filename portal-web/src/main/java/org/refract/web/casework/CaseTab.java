package org.refract.web.casework;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tabs of the case page, in the order of its tab bar. Each is its own address ({@code ?id=N&tab=history}), and
 * only the one asked for is built into the page's tree and loaded from the database.
 */
public enum CaseTab {
    OVERVIEW(false),
    ASSESSMENT(true),
    DISCUSSION(false),
    MEASUREMENTS(false),
    TREATMENTS(false),
    FACTORS(false),
    REVIEWS(false),
    HISTORY(true);

    private final boolean readOnly;

    CaseTab(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The tab a {@code tab} parameter names; an unknown or missing name is the Overview. */
    public static CaseTab of(String name) {
        return Arrays.stream(values())
                .filter(tab -> tab.key().equals(name))
                .findFirst()
                .orElse(OVERVIEW);
    }

    /**
     * A tab with no form of its own: its page is a stateless view, so the session keeps nothing of it (the header
     * card's workflow form posts to the page's address with the version shown; {@link CasePage}). The Overview is
     * stateless too unless its address opens the summary's form ({@link CasePage#isStateless()}).
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The tab's name in addresses and in the message keys of its title ({@code case.tab.history}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
