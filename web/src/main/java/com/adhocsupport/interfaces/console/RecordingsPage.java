package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.RecordingService;
import com.adhocsupport.application.RecordingSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Support > Recordings, and the playback page of one ({@code recording.xhtml?id=}): the recordings
 * the technician may play (administrators: all of their company's; a technician: their own, when
 * the company allows). Another company's recording, or a missing one, is simply not found.
 */
@Named("recordings")
@RequestScoped
public class RecordingsPage {

    @EJB
    RecordingService recordings;
    @Inject
    CurrentTechnician me;

    private List<RecordingSummary> list;
    private Long id;
    private Optional<RecordingSummary> shown;

    public List<RecordingSummary> getList() {
        if (list == null) {
            list = recordings.list(me.id());
        }
        return list;
    }

    /** Whether the technician may play recordings at all (the menu shows the page only then). */
    public boolean isAvailable() {
        return me.isSignedIn() && recordings.mayPlayAny(me.id());
    }

    /** The recording of the playback page, or null when there is none the technician may play. */
    public RecordingSummary getShown() {
        if (shown == null) {
            shown = id == null ? Optional.empty() : recordings.find(me.id(), id);
        }
        return shown.orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
