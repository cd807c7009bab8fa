/**
 * Synchronising a project with its team's server: bringing colleagues' records in, sending the member's own, and
 * the first download of a team project. Network calls happen here, never on the window's thread.
 */
package org.lectern.service.team;
