/** The checks a create makes against Azure and against the role sets, before the frontend writes any intent. */
package io.arorp.frontend.check;
