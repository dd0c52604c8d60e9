package org.newsroom.web.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian adapter boots a whole Micro process for every deployment, i.e. for
 * every test class. This keeps the first deployment running and hands it to every later test class
 * that deploys an archive of the same name, so a test run boots Micro once; the process is stopped
 * when Arquillian stops the container at the end of the run.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private Archive<?> running;
    private ProtocolMetaData runningMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running != null && running.getName().equals(archive.getName())) {
            return runningMetaData;
        }
        stopRunning();
        runningMetaData = super.deploy(archive);
        running = archive;
        return runningMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept for the next test class; see stop().
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        }
        super.stop();
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            super.undeploy(running);
            running = null;
            runningMetaData = null;
        }
    }
}
