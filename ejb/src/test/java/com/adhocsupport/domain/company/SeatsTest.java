package com.adhocsupport.domain.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.adhocsupport.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9_999, 10_000})
    void fromNoneToTenThousand(int count) {
        assertEquals(count, new Seats(count).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void nothingOutsideIsASeatCount(int count) {
        assertEquals("input.company.seatsRange",
                assertThrows(InvalidValueException.class, () -> new Seats(count)).getMessageKey());
    }
}
