package org.refract.domain.review;

import java.util.Collection;

/** The count of votes on one proposal. */
public record VoteTally(int support, int oppose, int abstain) {

    public static VoteTally of(Collection<Vote> votes) {
        int support = 0;
        int oppose = 0;
        int abstain = 0;
        for (Vote vote : votes) {
            switch (vote.getChoice()) {
                case SUPPORT -> support++;
                case OPPOSE -> oppose++;
                case ABSTAIN -> abstain++;
            }
        }
        return new VoteTally(support, oppose, abstain);
    }

    public int total() {
        return support + oppose + abstain;
    }

    /** More support than opposition among the votes cast (abstentions count for neither side). */
    public boolean carried() {
        return support > oppose;
    }
}
