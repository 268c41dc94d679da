package com.adhocsupport.application;

/** The caller may not see or change this object: it belongs to another company or another technician. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super(what);
    }
}
