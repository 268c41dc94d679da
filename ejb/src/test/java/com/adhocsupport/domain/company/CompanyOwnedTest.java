package com.adhocsupport.domain.company;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanyOwnedTest {

    /** A stored company as a lazy proxy shows it: only its id is known. */
    private static Company stored(Long id) {
        return new Company("Company " + id, Plan.BASE, false, new Seats(5)) {
            @Override
            public Long getId() {
                return id;
            }
        };
    }

    private static CompanyOwned rowOf(Company company) {
        return () -> company;
    }

    @Test
    void aRowBelongsToTheCompanyWithItsId() {
        assertTrue(rowOf(stored(7L)).belongsTo(stored(7L)), "another instance of the same company");
    }

    @Test
    void aRowOfAnotherCompanyDoesNot() {
        assertFalse(rowOf(stored(7L)).belongsTo(stored(8L)));
    }

    @Test
    void companiesNotStoredYetShareNoRows() {
        assertFalse(rowOf(stored(null)).belongsTo(stored(null)));
        assertFalse(rowOf(stored(null)).belongsTo(stored(7L)));
        assertFalse(rowOf(stored(7L)).belongsTo(stored(null)));
    }
}
