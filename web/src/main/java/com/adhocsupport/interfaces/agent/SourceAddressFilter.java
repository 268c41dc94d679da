package com.adhocsupport.interfaces.agent;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Hands the client's address, as the container sees it ({@code getRemoteAddr()}: forwarded
 * headers count only from the proxies the server trusts), to the WebSocket handshake, whose API
 * has no such thing: as the request header {@value #HEADER}, which replaces any the client sent.
 * The container's WebSocket filter is mapped after the application's, so it sees this request;
 * every path under /ws is covered, so no spelling of an endpoint's path can bring a header of its own.
 */
@WebFilter(urlPatterns = "/ws/*")
public class SourceAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-AdHoc-Source-Address";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithSourceAddress(request), response);
    }

    private static final class WithSourceAddress extends HttpServletRequestWrapper {

        WithSourceAddress(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? getRemoteAddr() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(getRemoteAddr())) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(name -> HEADER.equalsIgnoreCase(name));
            names.add(HEADER.toLowerCase(Locale.ROOT));
            return Collections.enumeration(names);
        }
    }
}
