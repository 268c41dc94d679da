/**
 * Readiness checks for WildFly's health endpoints (MicroProfile Health): the database and
 * the mail relay, the two services the product cannot work without.
 */
package com.adhocsupport.interfaces.health;
