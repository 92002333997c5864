package org.refract.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the portal's resource bundle, so that no text shown to users lives in Java code. */
public final class Messages {

    static final String BUNDLE = "org.refract.web.messages";

    private Messages() {}

    public static String text(FacesContext faces, String key, Object... arguments) {
        return text(locale(faces), key, arguments);
    }

    /** The same text outside a Faces request (a servlet), in the given locale. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The text of the first key the bundle has, for a text with a more specific variant: asked without the exception
     * a missing key costs (its stack trace was 1 % of the case page's CPU, issue 16).
     */
    public static String firstText(FacesContext faces, String specificKey, String generalKey) {
        return text(faces, bundle(locale(faces)).containsKey(specificKey) ? specificKey : generalKey);
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : faces.getApplication().getDefaultLocale();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    }

    public static void addGlobalError(FacesContext faces, String key, Object... arguments) {
        add(faces, null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void addGlobalInfo(FacesContext faces, String key, Object... arguments) {
        add(faces, null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void addFieldError(FacesContext faces, String clientId, String key, Object... arguments) {
        add(faces, clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(
            FacesContext faces, String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(faces, key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
