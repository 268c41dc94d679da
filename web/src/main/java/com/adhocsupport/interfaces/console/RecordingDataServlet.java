package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.RecordingEvents;
import com.adhocsupport.application.RecordingPlayback;
import com.adhocsupport.application.RecordingService;
import com.adhocsupport.application.TechnicianProfile;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * {@code GET /app/recording-data?id=<id>}: a recording's events (docs/protocol.md, "Recordings")
 * for the playback page, or with {@code &file=1} as a file to save. The header
 * {@value #ALTERED_AT} says from which millisecond the seal fails (-1: it holds). A recording the
 * technician may not play answers 404 exactly as a missing one; every answer with data is audited.
 */
@WebServlet("/app/recording-data")
public class RecordingDataServlet extends HttpServlet {

    static final String ALTERED_AT = "X-Recording-Altered-At";
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;
    @EJB
    private RecordingService recordings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asFile = "1".equals(request.getParameter("file"));
        Optional<Long> id = recordingId(request.getParameter("id"));
        Optional<Long> technician = accounts.profile(request.getRemoteUser()).map(TechnicianProfile::id);
        Optional<RecordingPlayback> playback = id.flatMap(recording -> technician
                .flatMap(t -> recordings.play(t, recording, asFile, request.getRemoteAddr())));
        response.setHeader("Cache-Control", "no-store");
        if (playback.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such recording");
            return;
        }
        response.setContentType("application/octet-stream");
        response.setHeader(ALTERED_AT, Long.toString(playback.get().alteredAtMillis()));
        if (asFile) {
            response.setHeader("Content-Disposition", "attachment; filename=\"recording-" + playback.get().summary().id() + ".adhocrec\"");
        }
        response.setContentLengthLong(playback.get().bytes());
        writeEvents(technician.get(), id.get(), playback.get().chunks(), response.getOutputStream());
    }

    /** The chunks play counted, a page at a time, each read in a transaction of its own. */
    private void writeEvents(long technician, long recording, int chunks, OutputStream out) throws IOException {
        int from = 0;
        for (int left = chunks; left > 0;) {
            Optional<RecordingEvents> page = recordings.events(technician, recording, from, left);
            if (page.isEmpty() || page.get().chunks() == 0) {
                return;
            }
            out.write(page.get().events());
            left -= page.get().chunks();
            from = page.get().nextSeq();
        }
    }

    private static Optional<Long> recordingId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
