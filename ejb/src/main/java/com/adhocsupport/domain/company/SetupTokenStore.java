package com.adhocsupport.domain.company;

import java.util.Optional;

/** Where the setup token is kept for the operator until setup has used it. */
public interface SetupTokenStore {

    /** The token kept now, if any. */
    Optional<SetupToken> read();

    /** Keeps the token where only the server's user can read it. */
    void write(SetupToken token);

    /** Forgets the token: setup has used it. */
    void discard();

    /** Where the operator finds the token (for the log and the documentation), never the token itself. */
    String location();
}
