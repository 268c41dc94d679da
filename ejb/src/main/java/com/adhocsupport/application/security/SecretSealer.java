package com.adhocsupport.application.security;

/**
 * Encrypts a secret that must be given back later in clear (the access password, until the PC
 * takes it); every node of a cluster unseals what another sealed.
 */
public interface SecretSealer {

    String seal(String secret);

    /** @throws IllegalStateException when the secret was not sealed with this server's key */
    String unseal(String sealed);
}
