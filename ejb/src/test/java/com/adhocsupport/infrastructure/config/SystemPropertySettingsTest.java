package com.adhocsupport.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.throttle.Rate;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.session.ResendLimits;
import com.adhocsupport.domain.session.SessionLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemPropertySettingsTest {

    private final SystemPropertySettings settings = new SystemPropertySettings();

    @AfterEach
    void clear() {
        System.clearProperty(SystemPropertySettings.SESSION_LIFETIME);
        System.clearProperty(SystemPropertySettings.PER_COMPANY);
        System.clearProperty(SystemPropertySettings.PUBLIC_URL);
        System.clearProperty(SystemPropertySettings.THROTTLE_PREFIX + Throttled.SIGN_IN.key());
    }

    @Test
    void defaultsAreTheProductsValues() {
        assertEquals(new SessionLimits(Duration.ofHours(24), Duration.ofHours(24), 1, 5), settings.limits());
        assertEquals(new ResendLimits(3, 10, Duration.ofHours(1)), settings.resendLimits());
        assertEquals(5, settings.maxCodeAttempts());
        assertEquals(Duration.ofMinutes(15), settings.codeLockout());
        assertEquals(5, settings.maxPasswordAttempts());
        assertEquals(Duration.ofMinutes(15), settings.passwordLockout());
        assertEquals(Duration.ofDays(30), settings.retention());
        assertEquals("http://localhost:8080", settings.publicUrl());
    }

    @Test
    void aBlankSettingTakesTheDefault() {
        System.setProperty(SystemPropertySettings.SESSION_LIFETIME, " ");
        assertEquals(Duration.ofHours(24), settings.limits().sessionLifetime());
    }

    @Test
    void everyThrottleHasADefault() {
        assertEquals(new Rate(20, Duration.ofMinutes(15)), settings.throttle(Throttled.SECURITY_CODE));
        assertEquals(new Rate(20, Duration.ofMinutes(15)), settings.throttle(Throttled.ACCESS_PASSWORD));
        assertEquals(new Rate(20, Duration.ofMinutes(15)), settings.throttle(Throttled.DEPLOYMENT_LINK));
        assertEquals(new Rate(120, Duration.ofMinutes(1)), settings.throttle(Throttled.HANDSHAKE));
        assertEquals(new Rate(120, Duration.ofMinutes(1)), settings.throttle(Throttled.UNADMITTED_MESSAGE));
    }

    @Test
    void readsOverrides() {
        System.setProperty(SystemPropertySettings.SESSION_LIFETIME, "PT10S");
        System.setProperty(SystemPropertySettings.PER_COMPANY, "8");
        System.setProperty(SystemPropertySettings.PUBLIC_URL, "https://support.example.com/");
        assertEquals(Duration.ofSeconds(10), settings.limits().sessionLifetime());
        assertEquals(8, settings.limits().perCompany());
        assertEquals("https://support.example.com", settings.publicUrl());
    }

    @Test
    void badValuesNameTheKey() {
        System.setProperty(SystemPropertySettings.SESSION_LIFETIME, "24 hours");
        IllegalStateException e = assertThrows(IllegalStateException.class, settings::limits);
        assertTrue(e.getMessage().contains(SystemPropertySettings.SESSION_LIFETIME), e.getMessage());
        System.clearProperty(SystemPropertySettings.SESSION_LIFETIME);
        System.setProperty(SystemPropertySettings.PER_COMPANY, "0");
        assertTrue(assertThrows(IllegalStateException.class, settings::limits).getMessage().contains("at least 1"));
    }

    @Test
    void throttlesReadTriesAndAWindow() {
        assertEquals(new Rate(20, Duration.ofMinutes(15)), settings.throttle(Throttled.SIGN_IN));
        assertEquals(new Rate(5, Duration.ofMinutes(15)), settings.throttle(Throttled.SIGN_IN_ACCOUNT));
        System.setProperty(SystemPropertySettings.THROTTLE_PREFIX + Throttled.SIGN_IN.key(), " 7 / PT30S ");
        assertEquals(new Rate(7, Duration.ofSeconds(30)), settings.throttle(Throttled.SIGN_IN));
        for (String bad : new String[] {"7", "x/PT1M", "7/1 minute", "0/PT1M"}) {
            System.setProperty(SystemPropertySettings.THROTTLE_PREFIX + Throttled.SIGN_IN.key(), bad);
            String message = assertThrows(IllegalStateException.class, () -> settings.throttle(Throttled.SIGN_IN)).getMessage();
            assertTrue(message.contains("adhoc.throttle.sign-in must be <tries>/<ISO-8601 window> such as 20/PT15M"), message);
        }
    }
}
