package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.domain.session.Feature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Remote Control, File Manager and Dashboard the signed-in technician may open, for every
 * page that offers them (includes/connect-actions.xhtml); asked once per request, not per row.
 */
@Named("connectGates")
@RequestScoped
public class ConnectGates {

    @EJB
    AdHocSessionService sessions;
    @Inject
    CurrentTechnician me;

    private Map<Feature, Optional<String>> refusals;

    /** The message key of why the feature is unavailable, or null when it can be opened. */
    public String refusal(String feature) {
        if (refusals == null) {
            refusals = new EnumMap<>(Feature.class);
            for (Feature each : Feature.values()) {
                refusals.put(each, sessions.featureRefusal(me.id(), each));
            }
        }
        return refusals.get(Feature.valueOf(feature)).orElse(null);
    }
}
