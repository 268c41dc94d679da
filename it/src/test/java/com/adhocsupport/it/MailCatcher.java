package com.adhocsupport.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads what the real SMTP server (GreenMail, started by the build) received, through its REST API. */
public final class MailCatcher {

    // HTTP/1.1: the default version would offer GreenMail's API an upgrade to HTTP/2 on each new connection.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MailCatcher() {
    }

    /**
     * The raw MIME text of each message to this address, waiting up to 15 s for at least {@code count}. A look
     * the catcher does not answer within 2 s (its JVM shares two busy cores with the build) is tried again.
     */
    public static List<String> awaitMessages(String address, int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        List<String> messages = List.of();
        while (Instant.now().isBefore(deadline)) {
            try {
                messages = messages(address);
            } catch (HttpTimeoutException unanswered) {
                continue;
            }
            if (messages.size() >= count) {
                return messages;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " message(s) to " + address + ", got " + messages.size());
    }

    private static List<String> messages(String address) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("it.mail.api.port", "8125") + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream().map(m -> m.getString("mimeMessage")).toList();
        }
    }
}
