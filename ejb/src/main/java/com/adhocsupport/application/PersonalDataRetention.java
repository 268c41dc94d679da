package com.adhocsupport.application;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Purges end users' personal data of sessions that ended longer ago than the retention period
 * ({@code adhoc.retention.period}, 30 days by default), and the recordings older than their
 * company's recording retention period (90 days by default), every night. The purge is idempotent,
 * so every node of a cluster may run it.
 */
@Singleton
public class PersonalDataRetention {

    private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class.getName());

    @Inject
    AdHocSessionRepository sessions;
    @Inject
    AdHocSettings settings;
    @EJB
    RecordingService recordings;
    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        purgeEndedBefore(clock.instant().minus(settings.retention()));
        int recordingsPurged = recordings.purgeExpired(clock.instant());
        if (recordingsPurged > 0) {
            LOG.info(() -> "Purged " + recordingsPurged + " recordings past their company's retention period");
        }
    }

    /** @return how many sessions were purged now */
    public int purgeEndedBefore(Instant cutoff) {
        int purged = sessions.purgePersonalData(cutoff);
        if (purged > 0) {
            LOG.info(() -> "Purged the personal data of " + purged + " sessions that ended before " + cutoff);
        }
        return purged;
    }
}
