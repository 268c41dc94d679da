package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The console's language: the one the technician chose (kept in their profile), otherwise the
 * browser's best supported language.
 */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each supported language in its own name. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("en", "English");
        NAMES.put("it", "Italiano");
        NAMES.put("fr", "Français");
        NAMES.put("de", "Deutsch");
        NAMES.put("es", "Español");
        NAMES.put("pt", "Português");
        NAMES.put("nl", "Nederlands");
    }

    @Inject
    CurrentTechnician me;
    @EJB
    AccountService accounts;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        Locale fromProfile = me.find().map(p -> p.locale()).orElse(null);
        return fromProfile != null ? fromProfile : fromBrowser();
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public void setTag(String tag) {
        if (tag != null && NAMES.containsKey(tag)) {
            chosen = Locale.forLanguageTag(tag);
            me.find().ifPresent(p -> accounts.changeLocale(p.id(), chosen));
        }
    }

    public Map<String, String> getNames() {
        return NAMES;
    }

    /** Reloads the page in the new language. */
    public void change() {
        FacesContext context = FacesContext.getCurrentInstance();
        Faces.redirect(context.getViewRoot().getViewId());
    }

    private static Locale fromBrowser() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<Locale> wanted = context.getExternalContext().getRequestLocales();
        while (wanted.hasNext()) {
            String language = wanted.next().getLanguage();
            if (NAMES.containsKey(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
