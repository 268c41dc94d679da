package com.adhocsupport.domain.technician;

/** What a technician may do in the console beyond supporting end users. */
public enum Role {
    /** Manages technicians, seats, plan and settings of the company. */
    ADMINISTRATOR,
    /** Supports end users only. */
    TECHNICIAN
}
