package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SetupService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** First run: the company and its first administrator. Reachable only until it has been done. */
@Named("setup")
@RequestScoped
public class SetupPage {

    @EJB
    SetupService setup;

    private String company;
    private String name;
    private String email;
    private String password;
    private String confirmation;

    public String create() {
        if (password == null || !password.equals(confirmation)) {
            Faces.error("setup-form:confirmation", "input.password.mismatch");
            return null;
        }
        try {
            setup.setUp(company, name, email, password);
        } catch (InvalidInputException e) {
            Faces.error(e.getField().equals("setup") ? null : "setup-form:" + e.getField(), e.getMessageKey());
            return null;
        }
        Faces.info("setup.done");
        Faces.redirect("/login.xhtml");
        return null;
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
