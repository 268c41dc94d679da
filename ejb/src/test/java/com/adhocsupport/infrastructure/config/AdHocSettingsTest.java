package com.adhocsupport.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.domain.session.SessionLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdHocSettingsTest {

    private final AdHocSettings settings = new AdHocSettings();

    @AfterEach
    void clear() {
        System.clearProperty(AdHocSettings.SESSION_LIFETIME);
        System.clearProperty(AdHocSettings.PER_COMPANY);
        System.clearProperty(AdHocSettings.PUBLIC_URL);
    }

    @Test
    void defaultsAreTheProductsValues() {
        assertEquals(SessionLimits.DEFAULTS, settings.limits());
        assertEquals("http://localhost:8080", settings.publicUrl());
    }

    @Test
    void readsOverrides() {
        System.setProperty(AdHocSettings.SESSION_LIFETIME, "PT10S");
        System.setProperty(AdHocSettings.PER_COMPANY, "8");
        System.setProperty(AdHocSettings.PUBLIC_URL, "https://support.example.com/");
        assertEquals(Duration.ofSeconds(10), settings.limits().sessionLifetime());
        assertEquals(8, settings.limits().perCompany());
        assertEquals("https://support.example.com", settings.publicUrl());
    }

    @Test
    void badValuesNameTheKey() {
        System.setProperty(AdHocSettings.SESSION_LIFETIME, "24 hours");
        IllegalStateException e = assertThrows(IllegalStateException.class, settings::limits);
        assertTrue(e.getMessage().contains(AdHocSettings.SESSION_LIFETIME), e.getMessage());
        System.clearProperty(AdHocSettings.SESSION_LIFETIME);
        System.setProperty(AdHocSettings.PER_COMPANY, "0");
        assertTrue(assertThrows(IllegalStateException.class, settings::limits).getMessage().contains("at least 1"));
    }
}
