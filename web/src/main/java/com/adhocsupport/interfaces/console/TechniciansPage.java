package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.AdministrationService;
import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SecondFactorService;
import com.adhocsupport.application.TechnicianProfile;
import com.adhocsupport.domain.technician.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administration > Technicians: add technicians, change role, permission and status, reset a second factor. */
@Named("technicians")
@ViewScoped
public class TechniciansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AdministrationService administration;
    @EJB
    SecondFactorService secondFactors;
    @Inject
    CurrentTechnician me;

    private List<Row> rows;
    private Row resetting;
    private String email;
    private String name;
    private String password;
    private Role role = Role.TECHNICIAN;
    private boolean fullRemoteControl;

    /** One technician as the table edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final TechnicianProfile profile;
        private Role role;
        private boolean fullRemoteControl;
        private boolean active;

        Row(TechnicianProfile profile) {
            this.profile = profile;
            this.role = profile.role();
            this.fullRemoteControl = profile.fullRemoteControl();
            this.active = profile.active();
        }

        public TechnicianProfile getProfile() {
            return profile;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public boolean isFullRemoteControl() {
            return fullRemoteControl;
        }

        public void setFullRemoteControl(boolean fullRemoteControl) {
            this.fullRemoteControl = fullRemoteControl;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        rows = administration.technicians(me.id()).stream().map(Row::new).toList();
    }

    public String add() {
        try {
            administration.addTechnician(me.id(), email, name, password, role, fullRemoteControl, Faces.remoteAddress());
            Faces.info("technicians.added", email);
            email = null;
            name = null;
            password = null;
        } catch (InvalidInputException e) {
            Faces.error("add-form:" + e.getField(), e.getMessageKey());
        }
        load();
        return null;
    }

    public String save(Row row) {
        try {
            administration.updateTechnician(me.id(), row.getProfile().id(), row.getRole(), row.isFullRemoteControl(),
                    row.isActive(), Faces.remoteAddress());
            Faces.info("technicians.saved", row.getProfile().email());
        } catch (InvalidInputException e) {
            Faces.error(null, e.getMessageKey());
        } catch (AccessDeniedException e) {
            Faces.error(null, "error.forbidden");
        }
        load();
        return null;
    }

    public String askReset(Row row) {
        resetting = row;
        return null;
    }

    public String cancelReset() {
        resetting = null;
        return null;
    }

    public String reset() {
        if (resetting != null) {
            try {
                secondFactors.reset(me.id(), resetting.getProfile().id(), Faces.remoteAddress());
                Faces.info("technicians.resetDone", resetting.getProfile().email());
            } catch (AccessDeniedException e) {
                Faces.error(null, "error.forbidden");
            }
        }
        resetting = null;
        load();
        return null;
    }

    /** The row whose second factor the administrator asked to reset, until they confirm or cancel; else null. */
    public Row getResetting() {
        return resetting;
    }

    /** Another technician's second factor can be reset; an administrator's own goes through their profile. */
    public boolean canReset(Row row) {
        return row.getProfile().secondFactor() && row.getProfile().id() != me.id();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isFullRemoteControl() {
        return fullRemoteControl;
    }

    public void setFullRemoteControl(boolean fullRemoteControl) {
        this.fullRemoteControl = fullRemoteControl;
    }
}
