package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SetupService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * First run: the company and its first administrator, for the holder of the setup token.
 * Reachable only until it has been done: the view itself answers 404 afterwards, whatever
 * spelling of its address led to it.
 */
@Named("setup")
@RequestScoped
public class SetupPage {

    @EJB
    SetupService setup;

    private String token;
    private String company;
    private String name;
    private String email;
    private String password;
    private String confirmation;

    /** Before the view renders (after a GET or a post): once set up, the page does not exist. */
    public void refuseWhenSetUp() {
        if (!setup.isSetUp()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public boolean isSetUp() {
        return setup.isSetUp();
    }

    public String create() {
        if (password == null || !password.equals(confirmation)) {
            Faces.error("setup-form:confirmation", "input.password.mismatch");
            return null;
        }
        try {
            setup.setUp(token, company, name, email, password, Faces.remoteAddress());
        } catch (InvalidInputException e) {
            Faces.error(e.getField().equals("setup") ? null : "setup-form:" + e.getField(), e.getMessageKey());
            return null;
        }
        Faces.info("setup.done");
        Faces.redirect("/login.xhtml");
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
