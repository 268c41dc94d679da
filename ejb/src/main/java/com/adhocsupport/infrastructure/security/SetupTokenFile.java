package com.adhocsupport.infrastructure.security;

import com.adhocsupport.domain.company.SetupToken;
import com.adhocsupport.domain.company.SetupTokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Keeps the setup token in a file readable only by the server's user (mode 600):
 * {@code adhoc.setup.token-file}, by default {@code adhoc-setup.token} in the server's data
 * directory.
 */
@ApplicationScoped
public class SetupTokenFile implements SetupTokenStore {

    static final String TOKEN_FILE = "adhoc.setup.token-file";

    @Override
    public Optional<SetupToken> read() {
        try {
            String content = Files.readString(file(), StandardCharsets.UTF_8);
            return content.isBlank() ? Optional.empty() : Optional.of(SetupToken.of(content));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the setup token file " + file(), e);
        }
    }

    @Override
    public void write(SetupToken token) {
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token.value() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the setup token file " + file, e);
        }
    }

    @Override
    public void discard() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the setup token file " + file(), e);
        }
    }

    @Override
    public String location() {
        return file().toAbsolutePath().toString();
    }

    private static Path file() {
        String configured = System.getProperty(TOKEN_FILE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "adhoc-setup.token");
    }
}
