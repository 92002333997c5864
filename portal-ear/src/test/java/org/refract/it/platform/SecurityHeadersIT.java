package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.refract.it.ApiTestBase;
import org.refract.it.PortalSession;

/**
 * ASVS V14.4: every page and API answer carries a Content-Security-Policy (scripts from the portal or with the
 * page's nonce only, no framing), nosniff, a referrer and a permissions policy, and is never stored by a cache;
 * static resources stay cacheable. A page's scripts all carry the nonce, and its markup has no inline handler left.
 * ASVS V9 (finding 2): the HTTPS listener serves the portal with Secure cookies, and forwarded headers count only
 * from a trusted proxy.
 */
class SecurityHeadersIT extends ApiTestBase {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son(click|change|keydown|keyup|load|submit)=");

    @Test
    void theLoginPageAllowsOnlyItsOwnAndNoncedScripts() throws Exception {
        HttpResponse<String> page = anonymousGet("login.xhtml");

        assertEquals(200, page.statusCode());
        assertCommonHeaders(page);
        String nonce = nonce(page);
        assertScriptsCarry(nonce, page.body());
    }

    @Test
    void aCasePageCarriesTheHeadersAndNoInlineHandler() throws Exception {
        PortalSession session = PortalSession.logIn(base(), "resp.pulm", PASSWORD);
        HttpResponse<String> worklist = session.get("cases/index.xhtml");

        assertEquals(200, worklist.statusCode());
        assertCommonHeaders(worklist);
        assertScriptsCarry(nonce(worklist), worklist.body());
        assertFalse(
                INLINE_HANDLER.matcher(worklist.body()).find(),
                "inline event handlers are moved into the nonced script");
    }

    @Test
    void apiAnswersWithClinicalDataAreNeverStored() {
        HttpResponse<String> cases = as("resp.pulm").get("cases");

        assertEquals(200, cases.statusCode(), cases.body());
        assertCommonHeaders(cases);
        assertTrue(policy(cases).contains("script-src 'self'"), policy(cases));
    }

    @Test
    void staticResourcesStayCacheable() throws Exception {
        HttpResponse<String> login = anonymousGet("login.xhtml");
        Matcher script = Pattern.compile("src=\"/portal/(jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(login.body());
        assertTrue(script.find(), "a script resource on the login page");

        HttpResponse<String> resource = anonymousGet(script.group(1).replace("&amp;", "&"));

        assertEquals(200, resource.statusCode());
        assertEquals("nosniff", header(resource, "X-Content-Type-Options"));
        assertFalse(header(resource, "Cache-Control").contains("no-store"), header(resource, "Cache-Control"));
    }

    @Test
    void versionedResourcesAreCachedForAYearUnversionedOnesAreRevalidated() throws Exception {
        String page = anonymousGet("login.xhtml").body().replace("&amp;", "&");
        Matcher versioned = Pattern.compile("\"/portal/(jakarta\\.faces\\.resource/[^\"?]+\\?[^\"]*\\bv=[^\"]+)\"")
                .matcher(page);
        assertTrue(versioned.find(), "a versioned resource (PrimeFaces') on the login page");
        Matcher unversioned = Pattern.compile("\"/portal/(jakarta\\.faces\\.resource/refract/[^\"?]+)\"")
                .matcher(page);
        assertTrue(unversioned.find(), "the portal's own, unversioned style sheet");

        HttpResponse<String> year = anonymousGet(versioned.group(1));
        HttpResponse<String> week = anonymousGet(unversioned.group(1));

        assertEquals(200, year.statusCode());
        assertEquals("max-age=31536000, immutable", header(year, "Cache-Control"), "one header, the year's");
        assertEquals(1, year.headers().allValues("Cache-Control").size());
        assertEquals(200, week.statusCode());
        assertFalse(header(week, "Cache-Control").contains("immutable"), header(week, "Cache-Control"));
        assertFalse(header(week, "Cache-Control").contains("no-store"), header(week, "Cache-Control"));
    }

    @Test
    void theHttpsListenerServesThePortalWithSecureCookies() throws Exception {
        // The IT server's HTTPS port lies as far above its HTTP port as 8443 above 8080.
        URL login = new URL("https://localhost:" + (portal.getPort() + 363) + "/portal/login.xhtml");
        HttpsURLConnection https = (HttpsURLConnection) login.openConnection();
        https.setSSLSocketFactory(trustingTheGeneratedCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> "localhost".equals(host));

        assertEquals(200, https.getResponseCode());
        assertTrue(https.getHeaderField("Content-Security-Policy").contains("frame-ancestors 'none'"));
        List<String> cookies = https.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        assertFalse(cookies.isEmpty(), "the login page starts a session");
        assertTrue(cookies.stream().allMatch(SecurityHeadersIT::isSecure), cookies.toString());
        assertNull(https.getHeaderField("Strict-Transport-Security"), "HSTS only with -Drefract.tls.required");
        https.disconnect();
    }

    @Test
    void forwardedHeadersCountOnlyFromATrustedProxy() throws Exception {
        // The IT server trusts 127.0.0.2 as its proxy (arquillian.xml); 127.0.0.1 is anyone else.
        String viaProxy = rawGet("127.0.0.2", "login.xhtml", "X-Forwarded-Proto: https");
        String direct = rawGet("127.0.0.1", "login.xhtml", "X-Forwarded-Proto: https");

        assertTrue(isSecure(sessionCookie(viaProxy)), viaProxy);
        assertFalse(isSecure(sessionCookie(direct)), direct);
    }

    private String rawGet(String fromAddress, String path, String header) throws IOException {
        try (Socket socket = new Socket(
                InetAddress.getByName(portal.getHost()), portal.getPort(), InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(60_000);
            String request = "GET /portal/" + path + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                    + "\r\n" + header + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Undertow writes the attribute in lower case ({@code ; secure}). */
    private static boolean isSecure(String setCookie) {
        return setCookie.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure(;.*|$)");
    }

    private static String sessionCookie(String rawResponse) {
        return rawResponse
                .lines()
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11) && line.contains("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + rawResponse));
    }

    /** Trusts any certificate: the test server's is the self-signed one WildFly generates at the first request. */
    private static SSLContext trustingTheGeneratedCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // the test is the client
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // self-signed on purpose: what is checked here is that the listener serves the portal
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        String policy = policy(response);
        for (String directive : List.of(
                "default-src 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertFalse(policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), policy);
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy");
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("same-origin", header(response, "Referrer-Policy"));
        assertTrue(
                header(response, "Permissions-Policy").contains("camera=()"), header(response, "Permissions-Policy"));
        assertTrue(header(response, "Cache-Control").contains("no-store"), header(response, "Cache-Control"));
    }

    private static void assertScriptsCarry(String nonce, String html) {
        Matcher tags = SCRIPT_TAG.matcher(html);
        int count = 0;
        while (tags.find()) {
            count++;
            assertTrue(tags.group().contains("nonce=\"" + nonce + "\""), "nonce on " + tags.group());
        }
        assertTrue(count > 0, "the page has scripts");
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(policy(page));
        assertTrue(matcher.find(), "a nonce in " + policy(page));
        return matcher.group(1);
    }

    private static String policy(HttpResponse<String> response) {
        return header(response, "Content-Security-Policy");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI base() {
        return URI.create(portal.toExternalForm().replaceAll("/?$", "/"));
    }
}
