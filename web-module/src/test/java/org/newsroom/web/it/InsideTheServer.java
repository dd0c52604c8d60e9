package org.newsroom.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every test that runs inside the server (EJBs injected, real transactions) starts from: the shared deployment. */
@ExtendWith(ArquillianExtension.class)
abstract class InsideTheServer {

    @Deployment
    static WebArchive deployment() {
        return NewsroomDeployment.create();
    }
}
