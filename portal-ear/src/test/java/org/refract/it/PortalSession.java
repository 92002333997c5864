package org.refract.it;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A logged-in browser session without a browser: the real login form (GET for the view state, POST, 302), then
 * pages and PrimeFaces ajax requests with the session cookie, synchronously. In-container tests use it to measure
 * a whole page request, everything the page's beans do included, against their own server.
 */
public final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' per-page CSP nonce; a postback must send it back as the browser's script does. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI portal;

    private PortalSession(URI portal) {
        this.portal = portal;
    }

    /** The portal of the server this code runs in (HTTP listener read from WildFly's management model). */
    public static URI portalOfThisServer() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName http = new ObjectName("jboss.as:socket-binding-group=standard-sockets,socket-binding=http");
            Object port = server.getAttribute(http, "boundPort");
            return URI.create("http://127.0.0.1:" + port + "/portal/");
        } catch (Exception e) {
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/portal/");
        }
    }

    /** A visitor who has not logged in (yet). */
    public static PortalSession anonymous(URI portal) {
        return new PortalSession(portal);
    }

    /** Logs in through the login form, as a user does; fails unless the portal answers with its redirect. */
    public static PortalSession logIn(URI portal, String username, String password) throws IOException {
        PortalSession session = new PortalSession(portal);
        HttpResponse<String> form = session.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:continue", "");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        fields.put("primefaces.nonce", nonce(form));
        HttpResponse<String> answer = session.post("login.xhtml", fields, false);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("The login of " + username + " answered " + answer.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(portal.resolve(path)).GET());
    }

    /**
     * Clicks an ajax button of a page this session holds, as PrimeFaces sends it: the button processed, its form
     * rendered, with the page's view state; a partial response.
     */
    public HttpResponse<String> clickAjax(HttpResponse<String> page, String form, String button) throws IOException {
        return clickAjax(page, form, button, Map.of());
    }

    /** {@link #clickAjax(HttpResponse, String, String)} with more fields of the form (its hidden inputs, say). */
    public HttpResponse<String> clickAjax(
            HttpResponse<String> page, String form, String button, Map<String, String> formFields) throws IOException {
        return ajax(page, form, button, button, form, formFields);
    }

    /**
     * Saves a form of a page this session holds by ajax, as a PrimeFaces button that processes its whole form does:
     * the given fields (the others are not sent, so they keep what the view holds), the listed ids rendered.
     */
    public HttpResponse<String> saveAjax(
            HttpResponse<String> page, String form, String button, String render, Map<String, String> formFields)
            throws IOException {
        return ajax(page, form, button, form, render, formFields);
    }

    private HttpResponse<String> ajax(
            HttpResponse<String> page,
            String form,
            String button,
            String execute,
            String render,
            Map<String, String> formFields)
            throws IOException {
        Map<String, String> fields = new LinkedHashMap<>(formFields);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page));
        return post(path(page), fields, true);
    }

    /**
     * Submits a form of a page this session holds, as its button does (not ajax), with the page's view state and the
     * given request headers (to tell the portal where the post came from).
     */
    public HttpResponse<String> submit(
            HttpResponse<String> page, String form, String button, Map<String, String> headers) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page));
        HttpRequest.Builder request = formPost(path(page), fields);
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Submits a form of a page this session holds (not ajax) with the given fields, as a plain submit button sends
     * them (its name and value among them), with the page's view state and script nonce; redirects are not followed.
     */
    public HttpResponse<String> submitFields(HttpResponse<String> page, String form, Map<String, String> formFields)
            throws IOException {
        Map<String, String> fields = new LinkedHashMap<>(formFields);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce(page));
        return post(path(page), fields, false);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) throws IOException {
        HttpRequest.Builder request = formPost(path, fields);
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request);
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(portal.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /** The page's path under the portal, with its query (the view action needs its parameters again). */
    private String path(HttpResponse<String> page) {
        return portal.relativize(page.uri()).toString();
    }

    /** The view state a page carries ("stateless" for a transient view). */
    public static String viewStateOf(String html) {
        return viewState(html);
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElse(""));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
