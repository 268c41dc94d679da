package com.adhocsupport.domain.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.adhocsupport.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class RecordingSettingsTest {

    @Test
    void aFreshCompanyRecordsNothingAndWouldKeepNinetyDays() {
        RecordingSettings off = RecordingSettings.off();
        assertEquals(RecordingPolicy.OFF, off.policy());
        assertEquals(90, off.retentionDays());
    }

    @Test
    void retentionIsOneDayToTenYears() {
        new RecordingSettings(RecordingPolicy.ON, 1, false);
        new RecordingSettings(RecordingPolicy.ON, 3650, false);
        assertEquals("input.recording.retentionRange",
                assertThrows(InvalidValueException.class, () -> new RecordingSettings(RecordingPolicy.ON, 0, false)).getMessageKey());
        assertThrows(InvalidValueException.class, () -> new RecordingSettings(RecordingPolicy.ON, 3651, false));
    }
}
