package org.refract.web.review;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.refract.service.review.OutcomeLetter;
import org.refract.service.review.OutcomeLetterPdf;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.NotFoundException;

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
        Long meetingId = id(request.getParameter("meeting"));
        Long itemId = id(request.getParameter("item"));
        if (meetingId == null || itemId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        OutcomeLetter letter;
        try {
            letter = recommendations.outcomeLetter(meetingId, itemId);
            pdf = OutcomeLetterPdf.render(letter, ZoneId.systemDefault());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(pdf);
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
