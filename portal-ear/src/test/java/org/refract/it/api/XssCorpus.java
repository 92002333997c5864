package org.refract.it.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The stored-XSS payloads of {@code xss-corpus.txt} (shared with the sanitiser's unit test). */
public final class XssCorpus {

    /** What must never be found in stored or rendered HTML. */
    public static final List<String> FORBIDDEN = List.of(
            "<script",
            "javascript:",
            "onerror",
            "onload",
            "onclick",
            "onfocus",
            "ontoggle",
            "onmouseover",
            "<svg",
            "<style",
            "style=",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "<meta",
            "<base",
            "<link",
            "data:text",
            "expression(",
            "<img",
            "<input",
            "<math");

    private XssCorpus() {}

    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
