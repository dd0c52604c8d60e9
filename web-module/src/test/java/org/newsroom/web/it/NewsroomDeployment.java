package org.newsroom.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real WAR the build produced (both EJB jars in
 * WEB-INF/lib, the one persistence unit) plus the test classes. All test classes return an archive
 * of the same name, so the shared container boots Payara Micro once for the whole run.
 */
public final class NewsroomDeployment {

    public static final String NAME = "newsroom-it.war";
    /** Set in the failsafe configuration; Micro inherits it and creates the first admin with it. */
    public static final String ADMIN_PASSWORD = System.getenv().getOrDefault("NEWSROOM_ADMIN_PASSWORD", "");

    private NewsroomDeployment() {
    }

    public static WebArchive create() {
        // Runs in the test JVM before Payara Micro boots, so the start-up fetch finds the feeds.
        RateFeedFixtures.get();
        File war = new File(System.getProperty("newsroom.war", "target/newsroom.war"));
        return ShrinkWrap.create(ZipImporter.class, NAME)
                .importFrom(war)
                .as(WebArchive.class)
                .addPackage(NewsroomDeployment.class.getPackage());
    }
}
