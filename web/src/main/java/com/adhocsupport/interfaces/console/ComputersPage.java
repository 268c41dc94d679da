package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Computers: the group "Ad Hoc Support Sessions", and deleting a computer after a warning. */
@Named("computers")
@ViewScoped
public class ComputersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AdHocSessionService sessions;
    @Inject
    CurrentTechnician me;

    private List<SessionSummary> list;
    /** The computer whose deletion waits for confirmation. */
    private Long confirming;

    @PostConstruct
    void load() {
        list = sessions.adHocComputers(me.id());
    }

    public List<SessionSummary> getList() {
        return list;
    }

    public String askToDelete(long computerId) {
        confirming = computerId;
        return null;
    }

    public String keep() {
        confirming = null;
        return null;
    }

    public String delete() {
        try {
            sessions.deleteComputer(me.id(), confirming, Faces.remoteAddress());
            Faces.info("computers.deleted");
        } catch (AccessDeniedException e) {
            Faces.error(null, "error.forbidden");
        }
        confirming = null;
        load();
        return null;
    }

    public boolean isConfirming(long computerId) {
        return confirming != null && confirming == computerId;
    }
}
