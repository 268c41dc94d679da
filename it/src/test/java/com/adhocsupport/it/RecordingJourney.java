package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.io.IOException;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * The browser's half of {@link RecordingIT}, kept apart so that the server, which runs the
 * other half, never loads the browser's classes: a technician's Remote Control connections with a
 * stand-in worker, recording off and then on, and the administrator playing the recording back.
 */
final class RecordingJourney {

    private static final String ACCESS_PASSWORD = "Pc-Access-2026";
    private static final String RED = "255,0,0";
    private static final String GREEN = "0,255,0";

    /** The recording the journey made, for the later steps of the same run. */
    static long recordingId;

    private RecordingJourney() {
    }

    /** Recording off (the default): a connection; on, with the user told: another; then played back. */
    static void recordAndPlay() throws Exception {
        Console.ensureSetUp();
        try (AgentClient agent = AgentClient.connect(); Console console = Console.open()) {
            String email = console.signInAsAdmin().addTechnician("Rico Recorded", true);
            Console.Invitation invitation = console.signIn(email, Console.TECH_PASSWORD)
                    .invite("end-" + UUID.randomUUID() + "@customer.example", ACCESS_PASSWORD);
            assertEquals("activated", agent.activate(invitation.token(), invitation.code()).getString("type"));

            try (AgentClient worker = remoteControl(agent, console, false)) {
                worker.send(ScreenFrames.screen(64, 48));
                worker.sendBinary(ScreenFrames.rect(0, 0, 64, 48, ScreenFrames.png(64, 48, Color.BLUE)));
                worker.sendBinary(ScreenFrames.frameEnd(1));
                assertEquals(1, worker.next("ack").getInt("seq"));
            }
            console.waitForText("The connection was closed on the computer.");

            try {
                console.signInAsAdmin().setRecording("ON_USER_TOLD");
                console.screenshot("account-recording");
                console.signIn(email, Console.TECH_PASSWORD);
                recordedConnection(agent, console);
            } finally {
                console.signInAsAdmin().setRecording("OFF");
            }

            console.go("/app/recordings.xhtml").waitForText(email);
            assertEquals(1, console.pageText().split(email, -1).length - 1,
                    "only the connection made with recording on is listed");
            console.screenshot("recordings-list");
            console.driver().findElement(By.xpath("//tr[td[text()='" + email + "']]//a[text()='Play']")).click();
            play(console);
            technicianPlaysTheirOwnOnlyWhenAllowed(console, email);
            endFromThePc(agent);
        }
    }

    private static AgentClient remoteControl(AgentClient agent, Console console, boolean recordedAndTold) throws IOException {
        console.connect("REMOTE_CONTROL", ACCESS_PASSWORD, false);
        JsonObject open = agent.next("open");
        assertEquals(recordedAndTold, open.getBoolean("recorded", false), "open says whether the PC must tell its user");
        AgentClient worker = AgentClient.connectWorker();
        worker.send(Json.createObjectBuilder().add("type", "attach").add("channel", open.getString("channel"))
                .add("token", open.getString("token")).build());
        assertEquals("start", worker.next().getString("type"));
        return worker;
    }

    /**
     * Red at (12, 8), a chat line, then a second keyframe all green, in one bundle as the agent sends
     * it (the first came one frame a message, as older agents sent it); what the live viewer shows is
     * checked too.
     */
    private static void recordedConnection(AgentClient agent, Console console) throws Exception {
        try (AgentClient worker = remoteControl(agent, console, true)) {
            worker.send(ScreenFrames.screen(64, 48));
            worker.sendBinary(ScreenFrames.rect(0, 0, 64, 48, ScreenFrames.png(64, 48, Color.BLUE)));
            worker.sendBinary(ScreenFrames.rect(8, 4, 16, 16, ScreenFrames.png(16, 16, Color.RED)));
            worker.sendBinary(ScreenFrames.frameEnd(1));
            assertEquals(1, worker.next("ack").getInt("seq"));
            assertEquals(RED, pixel(console), "the live viewer shows the red square");
            worker.send("{\"type\":\"chat\",\"text\":\"Recorded hello\"}");
            console.waitForText("Recorded hello");
            Thread.sleep(1500);
            worker.send(ScreenFrames.screen(64, 48));
            worker.sendBinary(ScreenFrames.bundle(ScreenFrames.rect(0, 0, 64, 48, ScreenFrames.png(64, 48, Color.GREEN)),
                    ScreenFrames.frameEnd(2)));
            assertEquals(2, worker.next("ack").getInt("seq"));
            assertEquals(GREEN, pixel(console));
        }
        console.waitForText("The connection was closed on the computer.");
    }

    /** Seeks to the chat line (red), to the end (green) and back (red), each drawn in under a second. */
    private static void play(Console console) {
        console.waitUntil(() -> "ready".equals(console.script("return document.getElementById('player').dataset.state;")));
        recordingId = Long.parseLong(console.script("return document.getElementById('player').dataset.recording;"));
        console.waitForText("User: Recorded hello");
        long chatAt = Long.parseLong(console.script("return Array.from(document.querySelectorAll('#player-events li'))"
                + ".find(li => li.textContent.includes('Recorded hello')).dataset.at;"));
        long end = Long.parseLong(console.script("return document.getElementById('player-seek').max;"));
        assertTrue(end > chatAt + 1000, "the second keyframe came 1.5 s after the chat: " + chatAt + " / " + end);

        seek(console, chatAt);
        assertEquals(RED, pixel(console), "at the chat line the screen is as the live viewer showed it");
        seek(console, end);
        assertEquals(GREEN, pixel(console));
        console.screenshot("recording-playback");
        seek(console, chatAt);
        assertEquals(RED, pixel(console), "seeking back starts again from the keyframe before");
        assertFalse(console.has("player-altered"), "an untouched recording holds its seal");
    }

    /**
     * A technician has no Recordings page and plays nothing until the company allows them their own;
     * then they play it as the administrator does.
     */
    private static void technicianPlaysTheirOwnOnlyWhenAllowed(Console console, String email) {
        String page = "/app/recording.xhtml?id=" + recordingId;
        console.signIn(email, Console.TECH_PASSWORD).go(page).waitForText("There is no such recording, or you may not play it.");
        assertFalse(console.has("nav-recordings"), "no Recordings in the menu");
        try {
            console.signInAsAdmin().setRecording("OFF", true);
            console.signIn(email, Console.TECH_PASSWORD).click("nav-recordings").waitForText(email);
            console.driver().findElement(By.xpath("//tr[td[text()='" + email + "']]//a[text()='Play']")).click();
            console.waitUntil(() -> "ready".equals(console.script("return document.getElementById('player').dataset.state;")));
            console.waitForText("User: Recorded hello");
            assertEquals(String.valueOf(recordingId), console.script("return document.getElementById('player').dataset.recording;"));
        } finally {
            console.signInAsAdmin().setRecording("OFF", false);
        }
        console.signIn(email, Console.TECH_PASSWORD).go(page).waitForText("There is no such recording, or you may not play it.");
    }

    private static void seek(Console console, long at) {
        long started = System.nanoTime();
        console.script("const s = document.getElementById('player-seek'); s.value = '" + at + "';"
                + "s.dispatchEvent(new Event('input'));");
        console.waitUntil(() -> "true".equals(console.script("return document.getElementById('player').dataset.drawn;")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 1000, "seeking to " + at + " ms took " + millis + " ms");
    }

    /** The administrator plays the recording after someone changed a byte of it in the database. */
    static void showsTheAlteration() {
        try (Console console = Console.open()) {
            console.signInAsAdmin().go("/app/recording.xhtml?id=" + recordingId);
            console.waitForText("This recording was altered after it was made");
            console.screenshot("recording-altered");
        }
    }

    private static String pixel(Console console) {
        return console.script("const c = document.querySelector('.viewer-canvas');"
                + "return Array.from(c.getContext('2d').getImageData(12, 8, 1, 1).data.slice(0, 3)).join(',');");
    }

    private static void endFromThePc(AgentClient agent) throws IOException {
        agent.send("{\"type\":\"endByUser\"}");
        assertEquals("ENDED_BY_USER", agent.next("end").getString("reason"));
    }
}
