package io.arorp.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR under test: the one Maven just packaged, deployed whole, so ITs test what ships. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive packagedWar() {
        File war = new File(System.getProperty("it.war", "target/aro-rp.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
