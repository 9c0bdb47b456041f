/** The backend role: dequeues leased cluster and subscription documents and runs their operations on managed threads. */
package io.arorp.backend;
