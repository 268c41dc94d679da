package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SecondFactorService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Profile: the technician's two-factor sign-in (switching it on is {@link EnrolmentPage}'s), and switching it off. */
@Named("profile")
@RequestScoped
public class ProfilePage {

    @EJB
    SecondFactorService secondFactors;
    @Inject
    CurrentTechnician me;

    private SecondFactorService.Status status;
    private String code;

    public SecondFactorService.Status getStatus() {
        if (status == null) {
            status = secondFactors.status(me.id());
        }
        return status;
    }

    public String turnOff() {
        try {
            secondFactors.turnOff(me.id(), code, Faces.remoteAddress());
            Faces.info("profile.turnedOff");
            Faces.redirect("/app/profile.xhtml");
        } catch (InvalidInputException e) {
            Faces.error("off-form:code", e.getMessageKey());
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
