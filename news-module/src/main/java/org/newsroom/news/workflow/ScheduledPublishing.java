package org.newsroom.news.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scheduled articles go out on time: every 15 seconds, and at start-up for anything that fell due
 * while the application was down. Every instance of a cluster runs this timer; DuePublications
 * makes sure each article is published once. Starts after the web module's ApplicationStartup
 * (named, as this module cannot see its class), which migrates the schema.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @EJB
    private DuePublications due;

    @PostConstruct
    void catchUpAfterDowntime() {
        publish("at start-up");
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void onTime() {
        publish("on schedule");
    }

    private void publish(String when) {
        try {
            int published = due.publishDue();
            if (published > 0) {
                LOG.info(() -> "Published " + published + " scheduled article(s) " + when);
            }
        } catch (RuntimeException e) {
            // Next run tries again; the articles stay SCHEDULED and the dashboard shows them overdue.
            LOG.log(Level.WARNING, "Scheduled publishing failed " + when + "; it will be retried", e);
        }
    }
}
