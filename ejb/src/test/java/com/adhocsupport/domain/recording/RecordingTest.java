package com.adhocsupport.domain.recording;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.session.Feature;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingTest {

    private static final Instant STARTED = Instant.parse("2026-12-01T10:00:00Z");

    static Company company(long id, boolean ownPlayback) {
        Company company = new Company("Company " + id, Plan.BASE, false, new Seats(5)) {
            @Override
            public Long getId() {
                return id;
            }
        };
        company.changeRecording(new RecordingSettings(RecordingPolicy.ON, 30, ownPlayback));
        return company;
    }

    private static Technician technician(Company company, String email, Role role) {
        return new Technician(company, new EmailAddress(email), email, "hash", role);
    }

    private static Recording by(Company company, String email) {
        return new Recording(company, 1, Feature.REMOTE_CONTROL, email, "PC-01", STARTED);
    }

    @Test
    void anAdministratorPlaysEveryRecordingOfTheirCompanyOnly() {
        Company own = company(1, false);
        Technician admin = technician(own, "admin@a.example", Role.ADMINISTRATOR);
        assertTrue(by(own, "tech@a.example").isPlayableBy(admin));
        assertFalse(by(company(2, true), "tech@b.example").isPlayableBy(admin), "another company's recording");
    }

    @Test
    void aTechnicianPlaysTheirOwnOnlyWhenTheCompanyAllows() {
        Company allows = company(1, true);
        Technician tech = technician(allows, "tech@a.example", Role.TECHNICIAN);
        assertTrue(by(allows, "tech@a.example").isPlayableBy(tech));
        assertFalse(by(allows, "other@a.example").isPlayableBy(tech), "a colleague's recording");
        Company forbids = company(1, false);
        assertFalse(by(forbids, "tech@a.example").isPlayableBy(technician(forbids, "tech@a.example", Role.TECHNICIAN)));
    }

    @Test
    void aDeactivatedTechnicianPlaysNothing() {
        Company own = company(1, true);
        Technician admin = technician(own, "admin@a.example", Role.ADMINISTRATOR);
        admin.deactivate();
        assertFalse(by(own, "admin@a.example").isPlayableBy(admin));
    }

    @Test
    void aRecordingExpiresAfterItsCompanysRetention() {
        Recording recording = by(company(1, false), "tech@a.example");
        assertFalse(recording.isExpiredAt(STARTED.plus(Duration.ofDays(30))));
        assertTrue(recording.isExpiredAt(STARTED.plus(Duration.ofDays(30)).plusSeconds(1)));
    }
}
