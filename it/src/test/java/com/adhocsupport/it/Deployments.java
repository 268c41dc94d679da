package com.adhocsupport.it;

import java.io.File;
import java.io.InputStream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build made, with the test classes added to its web module so they run inside the server. */
public final class Deployments {

    private static final String WEB_MODULE = "web.war";

    private Deployments() {
    }

    /** The EAR exactly as built, for tests that only use it from outside (browsers, HTTP clients). */
    public static EnterpriseArchive product() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("it.ear", "../ear/target/adhoc-support.ear")));
    }

    public static EnterpriseArchive productWith(Class<?>... testClasses) {
        EnterpriseArchive ear = product();
        ArchivePath webPath = ArchivePaths.create(WEB_MODULE);
        WebArchive web;
        try (InputStream in = ear.get(webPath).getAsset().openStream()) {
            web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(in).as(WebArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + WEB_MODULE + " of the EAR", e);
        }
        web.addClasses(Fixtures.class, MailCatcher.class, Deployments.class, ServerAddress.class).addClasses(testClasses);
        ear.delete(webPath);
        ear.addAsModule(web);
        return ear;
    }
}
