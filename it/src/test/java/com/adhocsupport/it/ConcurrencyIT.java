package com.adhocsupport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.session.SessionRefusedException;
import com.adhocsupport.domain.session.StartRefusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Twenty technicians of one company press "Send e-mail and prepare session" at the same moment. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final int TECHNICIANS = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(ConcurrencyIT.class);
    }

    @Inject
    Fixtures fixtures;
    @Resource
    ManagedExecutorService executor;

    /** Outcome of each start: "STARTED" or the refusal's name. */
    private Map<String, Long> raceIn(long company) throws Exception {
        List<Long> technicians = new ArrayList<>();
        for (int i = 0; i < TECHNICIANS; i++) {
            technicians.add(fixtures.technician(company));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long technician : technicians) {
            outcomes.add(executor.submit(() -> {
                go.await();
                try {
                    fixtures.invite(technician);
                    return "STARTED";
                } catch (SessionRefusedException e) {
                    return e.getRefusal().name();
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            try {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                results.add("ERROR " + e.getCause());
            }
        }
        return results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void neverASixthSessionInOneCompany() throws Exception {
        Map<String, Long> outcomes = raceIn(fixtures.company(Plan.BASE, false, 50));
        assertEquals(Map.of("STARTED", 5L, StartRefusal.COMPANY_LIMIT_REACHED.name(), 15L), outcomes);
    }

    @Test
    void neverMoreSessionsThanSeats() throws Exception {
        Map<String, Long> outcomes = raceIn(fixtures.company(Plan.BASE, false, 3));
        assertEquals(Map.of("STARTED", 3L, StartRefusal.NO_FREE_SEAT.name(), 17L), outcomes);
    }
}
