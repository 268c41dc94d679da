package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.RecordingService;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.technician.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session recording from end to end, in order: a Remote Control connection with recording off
 * records nothing; with it on, the recording is listed and plays back in the browser as the live
 * viewer showed it (RecordingJourney); another company's administrator gets exactly what a missing
 * recording gets; a long one comes whole a page at a time; a byte changed in the database is reported on playback; the retention period
 * purges it. The browser steps run outside the server, the database steps inside it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(RecordingIT.class, ConsoleClient.class);
    }

    private static final String ALTERED_AT = "X-Recording-Altered-At";

    @Inject
    Fixtures fixtures;
    @EJB
    RecordingService recordings;

    @Test
    @Order(1)
    @RunAsClient
    void aRecordedConnectionIsListedAndPlaysBackWhatTheViewerShowed() throws Exception {
        RecordingJourney.recordAndPlay();
    }

    @Test
    @Order(2)
    void anotherCompanyGetsWhatAMissingRecordingGets() throws Exception {
        long recording = fixtures.newestRecording();
        Fixtures.Login stranger = fixtures.login(fixtures.company(Plan.BASE, false, 5), Role.ADMINISTRATOR, true);
        assertTrue(recordings.list(stranger.id()).isEmpty());
        assertTrue(recordings.find(stranger.id(), recording).isEmpty());
        ConsoleClient client = new ConsoleClient("http://localhost:" + ServerAddress.httpPort())
                .signIn(stranger.email(), Fixtures.LOGIN_PASSWORD);
        HttpResponse<String> theirs = client.get("/app/recording-data?id=" + recording);
        HttpResponse<String> missing = client.get("/app/recording-data?id=" + (recording + 1_000_000));
        assertEquals(404, theirs.statusCode());
        assertEquals(missing.statusCode(), theirs.statusCode());
        assertEquals(missing.body(), theirs.body());
        assertTrue(client.page("/app/recording.xhtml?id=" + recording).contains("There is no such recording, or you may not play it."));
        assertEquals(404, client.get("/app/recording-data?id=x").statusCode());
    }

    /**
     * A recording longer than a page of chunks (more than {@code RecordingService.PAGE}) comes whole,
     * in order, its length told before it, its seal holding across the pages.
     */
    @Test
    @Order(3)
    void aLongRecordingComesWholeAPageAtATime() throws Exception {
        long recording = fixtures.newestRecording();
        ConsoleClient admin = new ConsoleClient("http://localhost:" + ServerAddress.httpPort())
                .signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        byte[] before = admin.download("/app/recording-data?id=" + recording).body();
        ByteArrayOutputStream added = new ByteArrayOutputStream();
        for (int i = 0; i < 75; i++) {
            byte[] text = ("{\"type\":\"chat\",\"text\":\"page test " + i + "\",\"from\":\"technician\"}").getBytes(StandardCharsets.US_ASCII);
            byte[] event = ByteBuffer.allocate(9 + text.length).order(ByteOrder.LITTLE_ENDIAN).put((byte) 3).putInt(60_000 + i)
                    .putInt(text.length).put(text).array();
            recordings.append(recording, 60_000 + i, false, false, event);
            added.writeBytes(event);
        }
        HttpResponse<byte[]> after = admin.download("/app/recording-data?id=" + recording);
        assertEquals("-1", after.headers().firstValue(ALTERED_AT).orElseThrow(), "the seal holds across the pages");
        assertEquals(before.length + added.size(), after.headers().firstValueAsLong("Content-Length").orElseThrow());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(before);
        expected.writeBytes(added.toByteArray());
        assertArrayEquals(expected.toByteArray(), after.body(), "every chunk, in order");
    }

    @Test
    @Order(4)
    void aChangedByteIsReportedByTheServer() throws Exception {
        long recording = fixtures.newestRecording();
        // Console's constants are inlined by the compiler: the server never loads the browser's classes.
        ConsoleClient admin = new ConsoleClient("http://localhost:" + ServerAddress.httpPort())
                .signIn(Console.ADMIN_EMAIL, Console.ADMIN_PASSWORD);
        assertEquals("-1", admin.get("/app/recording-data?id=" + recording).headers().firstValue(ALTERED_AT).orElseThrow());
        fixtures.alterRecording(recording);
        long alteredAt = Long.parseLong(admin.get("/app/recording-data?id=" + recording).headers().firstValue(ALTERED_AT).orElseThrow());
        assertTrue(alteredAt >= 0 && alteredAt < 1000, "the first chunk, from the start, fails its seal: " + alteredAt);
    }

    @Test
    @Order(5)
    @RunAsClient
    void playbackSaysTheRecordingWasAltered() {
        RecordingJourney.showsTheAlteration();
    }

    @Test
    @Order(6)
    void theRetentionPeriodPurgesIt() {
        long recording = fixtures.newestRecording();
        long rows = fixtures.recordingRows(recording);
        assertTrue(rows >= 3, "the recording and its chunks: " + rows);
        recordings.purgeExpired(Instant.now().plus(Duration.ofDays(89)));
        assertEquals(rows, fixtures.recordingRows(recording), "kept within the company's 90 days");
        assertTrue(recordings.purgeExpired(Instant.now().plus(Duration.ofDays(91))) >= 1);
        assertEquals(0, fixtures.recordingRows(recording), "gone after them, chunks and all");
    }
}
