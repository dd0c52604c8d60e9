package org.newsroom.web.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Swaps the Payara Micro adapter's container for the one that boots Micro once per test run. */
public class SharedPayaraMicroExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                SharedPayaraMicroContainer.class);
    }
}
