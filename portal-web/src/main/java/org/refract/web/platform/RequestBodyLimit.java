package org.refract.web.platform;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Refuses a request body larger than the portal ever needs, before anything reads it: {@value #API_DEFAULT} bytes
 * for the API (a FHIR bundle of a large case fits; {@code -Drefract.limits.api-body-bytes}) and {@value #FORM_DEFAULT}
 * bytes for a page's form ({@code -Drefract.limits.form-body-bytes}). The answer is 413 with what the limit is: the
 * API's usual error body, or a page that says so (rendered as for a GET, so that the refused body is never parsed).
 * An API body sent without a length (chunked) is read up to the limit first. WildFly's own {@code max-post-size}
 * ({@code configure-limits.cli}) bounds what anything else could read.
 */
@WebFilter(filterName = "RequestBodyLimit", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestBodyLimit extends HttpFilter {

    static final long API_DEFAULT = 4L * 1024 * 1024;
    static final long FORM_DEFAULT = 1024L * 1024;
    static final String PAGE = "/WEB-INF/errorpages/413.xhtml";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        long limit = api
                ? Long.getLong("refract.limits.api-body-bytes", API_DEFAULT)
                : Long.getLong("refract.limits.form-body-bytes", FORM_DEFAULT);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, api, limit);
            return;
        }
        if (declared < 0 && api && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                refuse(request, response, true, limit);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        String message = "The request body is larger than the " + readable(limit) + " the portal accepts"
                + (api ? " on the API." : " from a form.");
        if (api) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(JSON.createObjectBuilder()
                            .add(
                                    "errors",
                                    JSON.createArrayBuilder()
                                            .add(JSON.createObjectBuilder()
                                                    .addNull("field")
                                                    .add("message", message)))
                            .build()
                            .toString());
            return;
        }
        request.setAttribute("refract.limit", readable(limit));
        request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
    }

    private static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    /** The refused request as the error page sees it: a GET with no parameters, so no one reads the body. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** A body without a declared length, read up to the limit before anything else sees it. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }
    }
}
