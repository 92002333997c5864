package org.refract.service.review;

import java.util.List;
import org.refract.domain.identity.QuorumStatus;

/** The quorum as a page shows it: counts, the disciplines still missing, and whether it is met. */
public record QuorumDetail(int present, int minimumPresent, List<String> missingDisciplines, boolean met)
        implements java.io.Serializable {

    static QuorumDetail of(QuorumStatus status) {
        return new QuorumDetail(
                status.present(),
                status.minimumPresent(),
                status.missingDisciplines().stream().sorted().map(Enum::name).toList(),
                status.met());
    }
}
