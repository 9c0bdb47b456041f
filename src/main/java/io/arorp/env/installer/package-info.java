/** Bringing an OpenShift cluster up and down, and deploying the ARO operator into it: prod via Hive, dev and test simulated. */
package io.arorp.env.installer;
