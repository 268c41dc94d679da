package com.adhocsupport.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record that first-run setup happened. There can be only one row (the database checks
 * it), so two people racing through setup cannot both create an administrator.
 */
@Entity
@Table(name = "installation")
public class Installation {

    public static final int ONLY_ID = 1;

    @Id
    private Integer id;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected Installation() {
    }

    public Installation(Instant completedAt) {
        this.id = ONLY_ID;
        this.completedAt = completedAt;
    }
}
