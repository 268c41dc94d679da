package com.adhocsupport.interfaces.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: a code (TOTP or recovery) for the technician whose password the
 * HTTP session holds as verified ({@link PendingSignIn}), or, with {@code secretToEnrol}, the first
 * code of the second factor they are switching on. Only the server's pages build one, from that
 * session, never from what the browser sends as the e-mail.
 */
public record SecondFactorCredential(String email, String code, String secretToEnrol) implements Credential {
}
