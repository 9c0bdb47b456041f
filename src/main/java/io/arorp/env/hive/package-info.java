/** The prod installer: OpenShift installed and removed by Hive ({@code ClusterDeployment}) on a management cluster. */
package io.arorp.env.hive;
