package org.refract.it.review;

import org.refract.demo.identity.DemoAccount;

/** The demo respiratory team's accounts the review tests act as, and the demo password they share. */
final class ReviewAccounts {

    static final String CHAIR = "resp.chair";
    static final String PULMONOLOGIST = "resp.pulm";
    static final String PHARMACIST = "resp.pharm";
    static final String COORDINATOR = "resp.nurse";
    static final String PASSWORD = DemoAccount.PASSWORD;

    private ReviewAccounts() {}
}
