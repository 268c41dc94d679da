package com.adhocsupport.interfaces.download;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeploymentLinkServletTest {

    @Test
    void onlyWindowsDesktopsGetTheApp() {
        assertTrue(DeploymentLinkServlet.isWindows(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"));
        assertFalse(DeploymentLinkServlet.isWindows(
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"));
        assertFalse(DeploymentLinkServlet.isWindows(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"));
        assertFalse(DeploymentLinkServlet.isWindows("Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1) Edge/15.15063"));
        assertFalse(DeploymentLinkServlet.isWindows(null));
    }
}
