package com.adhocsupport.domain.company;

/**
 * A row that belongs to one company: its technicians, sessions and computers. Tenancy is this
 * one rule: a caller reaches only rows of their own company, and a service treats any other
 * row as missing.
 */
public interface CompanyOwned {

    Company getCompany();

    /** Compares ids, which a lazy proxy of the company answers without loading it. */
    default boolean belongsTo(Company caller) {
        Long id = getCompany().getId();
        return id != null && id.equals(caller.getId());
    }
}
