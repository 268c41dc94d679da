package com.adhocsupport.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    @Test
    void originsAreComparedWithTheirDefaultPorts() {
        assertEquals("https://support.example.com:443", SameOriginFilter.originOf("https://Support.Example.com/app/x"));
        assertEquals("http://localhost:8080", SameOriginFilter.originOf("http://localhost:8080"));
        assertEquals("http://localhost:80", SameOriginFilter.originOf("http://localhost"));
        assertNull(SameOriginFilter.originOf("null"));
        assertNull(SameOriginFilter.originOf("::::"));
    }
}
