package com.adhocsupport.interfaces.agent;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers what reaches a servlet under /ws: the container's WebSocket filter upgrades every
 * handshake an endpoint accepts before any servlet runs, so what comes here is a handshake the
 * endpoint refused (a browser's Origin on the agent's socket, another site's on the viewer's) or
 * no handshake at all. It is forbidden, not "not found": the address exists, the caller may not use it.
 */
@WebServlet("/ws/*")
public class RefusedHandshakeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
