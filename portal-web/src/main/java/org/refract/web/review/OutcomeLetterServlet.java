package org.refract.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.refract.service.review.OutcomeLetter;
import org.refract.service.review.OutcomeLetterPdf;
import org.refract.service.review.RecommendationService;
import org.refract.web.shared.Download;

/**
 * {@code /meetings/letter.pdf?meeting=M&item=I}: the outcome letter of a signed recommendation as a PDF download.
 * The {@code /meetings/*} constraint lets only clinicians and chairs in; the service then serves members of the
 * meeting's team only, and answers "not found" for anyone else's meeting and for an unsigned recommendation.
 */
@WebServlet("/meetings/letter.pdf")
public class OutcomeLetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecommendationService recommendations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong meetingId = Download.id(request, "meeting");
        OptionalLong itemId = Download.id(request, "item");
        if (meetingId.isEmpty() || itemId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<OutcomeLetter> letter = Download.fetch(
                response, () -> recommendations.outcomeLetter(meetingId.getAsLong(), itemId.getAsLong()));
        if (letter.isPresent()) {
            byte[] pdf = OutcomeLetterPdf.render(letter.get(), ZoneId.systemDefault());
            Download.send(response, "application/pdf", letter.get().fileName(), pdf);
        }
    }
}
