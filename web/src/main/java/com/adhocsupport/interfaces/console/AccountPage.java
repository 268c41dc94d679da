package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccountSummary;
import com.adhocsupport.application.AdministrationService;
import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.recording.RecordingPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Administration > Account: plan, Insight module, seats, whether a second factor is required,
 * session recording, and the deployment's limits.
 */
@Named("account")
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AdministrationService administration;
    @Inject
    CurrentTechnician me;

    private AccountSummary summary;
    private Plan plan;
    private boolean insightModule;
    private Integer seats;
    private boolean secondFactorRequired;
    private RecordingPolicy recordingPolicy;
    private Integer recordingRetentionDays;
    private boolean recordingOwnPlayback;

    @PostConstruct
    void load() {
        summary = administration.account(me.id());
        plan = summary.plan();
        insightModule = summary.insightModule();
        seats = summary.seats();
        secondFactorRequired = summary.secondFactorRequired();
        recordingPolicy = summary.recording().policy();
        recordingRetentionDays = summary.recording().retentionDays();
        recordingOwnPlayback = summary.recording().ownPlayback();
    }

    public String save() {
        try {
            administration.changePlan(me.id(), plan, insightModule, seats == null ? -1 : seats, Faces.remoteAddress());
            Faces.info("account.saved");
        } catch (InvalidInputException e) {
            Faces.error("account-form:" + e.getField(), e.getMessageKey());
        }
        load();
        return null;
    }

    public String saveSignInSecurity() {
        administration.requireSecondFactor(me.id(), secondFactorRequired, Faces.remoteAddress());
        Faces.info("account.securitySaved");
        load();
        return null;
    }

    public String saveRecording() {
        try {
            administration.changeRecording(me.id(), recordingPolicy,
                    recordingRetentionDays == null ? -1 : recordingRetentionDays, recordingOwnPlayback, Faces.remoteAddress());
            Faces.info("account.recordingSaved");
        } catch (InvalidInputException e) {
            Faces.error("recording-form:" + e.getField(), e.getMessageKey());
        }
        load();
        return null;
    }

    public RecordingPolicy[] getRecordingPolicies() {
        return RecordingPolicy.values();
    }

    public RecordingPolicy getRecordingPolicy() {
        return recordingPolicy;
    }

    public void setRecordingPolicy(RecordingPolicy recordingPolicy) {
        this.recordingPolicy = recordingPolicy;
    }

    public Integer getRecordingRetentionDays() {
        return recordingRetentionDays;
    }

    public void setRecordingRetentionDays(Integer recordingRetentionDays) {
        this.recordingRetentionDays = recordingRetentionDays;
    }

    public boolean isRecordingOwnPlayback() {
        return recordingOwnPlayback;
    }

    public void setRecordingOwnPlayback(boolean recordingOwnPlayback) {
        this.recordingOwnPlayback = recordingOwnPlayback;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }

    public AccountSummary getSummary() {
        return summary;
    }

    public Plan[] getPlans() {
        return Plan.values();
    }

    public Plan getPlan() {
        return plan;
    }

    public void setPlan(Plan plan) {
        this.plan = plan;
    }

    public boolean isInsightModule() {
        return insightModule;
    }

    public void setInsightModule(boolean insightModule) {
        this.insightModule = insightModule;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
