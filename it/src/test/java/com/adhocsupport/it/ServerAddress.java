package com.adhocsupport.it;

/**
 * The test server's HTTP port, from the test JVM ({@code it.http.port}) or from inside the
 * server (its port offset), so the tests run on whatever ports the build gave the server.
 */
public final class ServerAddress {

    private ServerAddress() {
    }

    public static int httpPort() {
        String configured = System.getProperty("it.http.port");
        return configured != null ? Integer.parseInt(configured)
                : 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100);
    }
}
