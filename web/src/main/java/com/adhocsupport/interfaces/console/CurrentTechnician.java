package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.SignInService;
import com.adhocsupport.application.TechnicianProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import java.security.Principal;
import java.util.Optional;

/** The technician signed in for this request, read fresh from the database (a deactivation applies at once). */
@Named("me")
@RequestScoped
public class CurrentTechnician {

    @Inject
    SecurityContext security;
    @EJB
    AccountService accounts;
    @EJB
    SignInService signIns;

    private Optional<TechnicianProfile> profile;

    public Optional<TechnicianProfile> find() {
        if (profile == null) {
            Principal caller = security.getCallerPrincipal();
            profile = caller == null ? Optional.empty() : accounts.profile(caller.getName());
        }
        return profile;
    }

    /** The signed-in technician; a page that needs one is only reached signed in. */
    public TechnicianProfile get() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public long id() {
        return get().id();
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean isAdministrator() {
        return find().map(TechnicianProfile::isAdministrator).orElse(false);
    }

    public String logout() throws ServletException {
        find().ifPresent(technician -> signIns.signedOut(technician.email(), Faces.remoteAddress()));
        Faces.request().logout();
        Faces.request().getSession().invalidate();
        Faces.redirect("/login.xhtml");
        return null;
    }
}
