/** The RP's Jackson configuration, shared by the API converters and the database. */
package io.arorp.util.json;
