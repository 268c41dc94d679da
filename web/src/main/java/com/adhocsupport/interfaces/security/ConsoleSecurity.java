package com.adhocsupport.interfaces.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** The console signs technicians in with its own login page; the groups are the technicians' roles. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({ConsoleSecurity.TECHNICIAN, ConsoleSecurity.ADMINISTRATOR})
@ApplicationScoped
public class ConsoleSecurity {

    /** Every active technician, administrators included. */
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
}
