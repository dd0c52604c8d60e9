package org.newsroom.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test that talks to the server from outside (HTTP, a browser) starts from: the one shared
 * deployment (Payara Micro boots once per run) and the server's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstTheServer {

    @Deployment
    static WebArchive deployment() {
        return NewsroomDeployment.create();
    }

    /** The application's address, e.g. http://192.0.2.2:PORT/newsroom-it/ (a loopback stand-in bank binds to its host). */
    @ArquillianResource
    protected URL base;
}
