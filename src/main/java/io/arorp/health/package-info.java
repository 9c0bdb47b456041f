/** MicroProfile Health checks, one class per real condition the RP depends on. */
package io.arorp.health;
