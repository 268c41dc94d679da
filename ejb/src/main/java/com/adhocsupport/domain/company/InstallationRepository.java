package com.adhocsupport.domain.company;

/** Whether first-run setup has happened. */
public interface InstallationRepository {

    boolean exists();

    /** Records the setup; fails (at the latest on commit) if it was recorded before. */
    void record(Installation installation);
}
