/** api-version 2020-04-30: its external types and the bean that converts and validates them. */
package io.arorp.api.v20200430;
