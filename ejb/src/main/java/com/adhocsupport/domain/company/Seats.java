package com.adhocsupport.domain.company;

import com.adhocsupport.domain.shared.InvalidValueException;

/**
 * How many PCs a company may hold at once: from {@value #MIN} (no ad hoc support) to
 * {@value #MAX}, the most agents one server is sized for (README: 10,000 in 2 GiB).
 */
public record Seats(int count) {

    public static final int MIN = 0;
    public static final int MAX = 10_000;

    /** @throws InvalidValueException {@code input.company.seatsRange} outside {@value #MIN} to {@value #MAX} */
    public Seats {
        if (count < MIN || count > MAX) {
            throw new InvalidValueException("input.company.seatsRange");
        }
    }
}
