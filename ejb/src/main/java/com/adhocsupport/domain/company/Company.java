package com.adhocsupport.domain.company;

import com.adhocsupport.domain.recording.RecordingSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer account: technicians and seats belong to it, and its plan decides the features. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Plan plan;

    @Column(name = "insight_module", nullable = false)
    private boolean insightModule;

    @Column(nullable = false)
    private int seats;

    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    @Embedded
    private RecordingSettings recording = RecordingSettings.off();

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, Plan plan, boolean insightModule, Seats seats) {
        this.name = name;
        apply(plan, insightModule, seats);
    }

    /** Not final: on a lazy proxy a final method would change the proxy, not the entity. */
    public void changePlan(Plan newPlan, boolean withInsight, Seats newSeats) {
        apply(newPlan, withInsight, newSeats);
    }

    private void apply(Plan newPlan, boolean withInsight, Seats newSeats) {
        this.plan = newPlan;
        this.insightModule = withInsight;
        this.seats = newSeats.count();
    }

    /** Whether every technician must sign in with a second factor (from their next sign-in). */
    public void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }

    public boolean requiresSecondFactor() {
        return secondFactorRequired;
    }

    /** Whether Remote Control connections are recorded, for how long, and who plays them. */
    public void changeRecording(RecordingSettings settings) {
        this.recording = settings;
    }

    public RecordingSettings getRecordingSettings() {
        return recording;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Plan getPlan() {
        return plan;
    }

    public boolean hasInsightModule() {
        return insightModule;
    }

    public int getSeats() {
        return seats;
    }
}
