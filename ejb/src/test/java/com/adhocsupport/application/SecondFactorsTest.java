package com.adhocsupport.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adhocsupport.application.SecondFactors.Check;
import com.adhocsupport.application.security.Base32;
import com.adhocsupport.application.security.PasswordHasher;
import com.adhocsupport.application.security.SecretSealer;
import com.adhocsupport.application.security.TokenGenerator;
import com.adhocsupport.application.security.Totp;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.shared.EmailAddress;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Switching a second factor on, and each code (TOTP or recovery) taken once, with fakes for the crypto services. */
class SecondFactorsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T15:00:10Z");

    private final SecondFactors secondFactors = new SecondFactors();
    private final List<AuditAction> audited = new ArrayList<>();
    private Technician technician;

    @BeforeEach
    void setUp() {
        secondFactors.tokens = new RandomBytes();
        secondFactors.hasher = new ReversedHasher();
        secondFactors.sealer = new MarkedSealer();
        secondFactors.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        secondFactors.audit = new AuditTrail() {
            @Override
            public void recordAccount(long companyId, String actor, AuditAction action, String detail, String source) {
                audited.add(action);
            }
        };
        Company company = new Company("Provider Ltd", Plan.BASE, false, new Seats(5)) {
            @Override
            public Long getId() {
                return 1L; // as if stored
            }
        };
        technician = new Technician(company, new EmailAddress("tina@provider.example"), "Tina", "hash", Role.TECHNICIAN);
    }

    private String codeAt(String secret, Instant at) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(at));
    }

    private List<String> turnedOn(String secret) {
        return secondFactors.turnOn(technician, secret, codeAt(secret, NOW), "192.0.2.1").orElseThrow();
    }

    @Test
    void theEnrolmentShowsA160BitSecretAndTheOtpauthAddress() {
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(technician);
        assertEquals(20, Base32.decode(enrolment.secret()).length);
        assertEquals("otpauth://totp/AdHoc%20Support%20%28Provider%20Ltd%29:tina%40provider.example?secret=" + enrolment.secret()
                + "&issuer=AdHoc%20Support%20%28Provider%20Ltd%29&algorithm=SHA1&digits=6&period=30", enrolment.uri());
        assertNotEquals(enrolment.secret(), secondFactors.newEnrolment(technician).secret());
    }

    @Test
    void aWrongFirstCodeSwitchesNothingOn() {
        String secret = secondFactors.newEnrolment(technician).secret();
        assertEquals(Optional.empty(), secondFactors.turnOn(technician, secret, codeAt(secret, NOW.plusSeconds(90)), null));
        assertFalse(technician.hasSecondFactor());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theFirstCodeSwitchesItOnSealedWithTenRecoveryCodes() {
        String secret = secondFactors.newEnrolment(technician).secret();
        List<String> recoveryCodes = turnedOn(secret);
        assertTrue(technician.hasSecondFactor());
        assertEquals("sealed:" + secret, technician.getSecondFactorSecret(), "kept sealed, never in clear");
        assertEquals(10, recoveryCodes.size());
        assertEquals(10, recoveryCodes.stream().distinct().count());
        assertTrue(recoveryCodes.stream().allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}")), recoveryCodes.toString());
        assertEquals(List.of(AuditAction.SECOND_FACTOR_ON), audited);
    }

    @Test
    void eachCodeIsTakenOnceAndNoOlderOneAfterIt() {
        String secret = secondFactors.newEnrolment(technician).secret();
        turnedOn(secret);
        assertEquals(Check.REUSED, secondFactors.check(technician, codeAt(secret, NOW)), "the enrolment took this step");

        secondFactors.clock = Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC);
        String next = codeAt(secret, NOW.plusSeconds(30));
        assertEquals(Check.CODE_ACCEPTED, secondFactors.check(technician, next.substring(0, 3) + " " + next.substring(3)));
        assertEquals(Check.REUSED, secondFactors.check(technician, next), "the same code again");
        assertEquals(Check.REUSED, secondFactors.check(technician, codeAt(secret, NOW)), "an older code, still in the window");
        assertEquals(Check.CODE_ACCEPTED, secondFactors.check(technician, codeAt(secret, NOW.plusSeconds(60))),
                "the next step's code, one step ahead");
        assertEquals(Check.WRONG, secondFactors.check(technician, codeAt(secret, NOW.plusSeconds(120))), "outside the window");
    }

    @Test
    void aRecoveryCodeWorksOnceInAnySpelling() {
        String secret = secondFactors.newEnrolment(technician).secret();
        String recoveryCode = turnedOn(secret).get(3);
        assertEquals(Check.WRONG, secondFactors.check(technician, "aaaaa-aaaaa"));
        assertEquals(Check.RECOVERY_CODE_ACCEPTED, secondFactors.check(technician, " " + recoveryCode.toUpperCase().replace("-", " ")));
        assertEquals(9, technician.getRecoveryCodeHashes().size());
        assertEquals(Check.WRONG, secondFactors.check(technician, recoveryCode), "the second use");
    }

    @Test
    void turningItOffForgetsSecretAndRecoveryCodes() {
        String secret = secondFactors.newEnrolment(technician).secret();
        String recoveryCode = turnedOn(secret).get(0);
        secondFactors.turnOff(technician, "admin@provider.example", AuditAction.SECOND_FACTOR_RESET, null);
        assertFalse(technician.hasSecondFactor());
        assertEquals(Check.WRONG, secondFactors.check(technician, recoveryCode));
        assertEquals(List.of(AuditAction.SECOND_FACTOR_ON, AuditAction.SECOND_FACTOR_RESET), audited);
    }

    private static final class RandomBytes implements TokenGenerator {
        private final SecureRandom random = new SecureRandom();

        @Override
        public byte[] randomBytes(int count) {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }

        @Override
        public String newToken() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String newSecurityCode() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String lookupHash(String token) {
            throw new UnsupportedOperationException();
        }
    }

    /** Not a hash, but enough to tell that the clear code is not what is kept. */
    private static final class ReversedHasher implements PasswordHasher {
        @Override
        public String hash(String secret) {
            return new StringBuilder(secret).reverse().toString();
        }

        @Override
        public boolean matches(String secret, String stored) {
            return hash(secret).equals(stored);
        }

        @Override
        public String decoy() {
            return "";
        }
    }

    private static final class MarkedSealer implements SecretSealer {
        @Override
        public String seal(String secret) {
            return "sealed:" + secret;
        }

        @Override
        public String unseal(String sealed) {
            return sealed.substring("sealed:".length());
        }
    }
}
