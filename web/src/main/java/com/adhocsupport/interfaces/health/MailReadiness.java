package com.adhocsupport.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the mail session's SMTP relay accepts a connection and greets (220) within a few
 * seconds: without it no invitation reaches an end user. Nothing is sent and no login is tried.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    private static final int TIMEOUT_MS = 3000;

    @Resource(lookup = "java:jboss/mail/AdHoc")
    private Session mail;

    @Override
    public HealthCheckResponse call() {
        String protocol = Objects.requireNonNullElse(mail.getProperty("mail.transport.protocol"), "smtp");
        String host = mail.getProperty("mail." + protocol + ".host");
        String port = mail.getProperty("mail." + protocol + ".port");
        String relay = host + ":" + port;
        var response = HealthCheckResponse.named("adhoc-mail").withData("relay", relay);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, Integer.parseInt(port)), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            boolean ready = greeting != null && greeting.startsWith("220");
            return ready ? response.up().build() : response.down().withData("error", "no SMTP greeting").build();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
