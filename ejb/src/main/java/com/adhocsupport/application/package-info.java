/**
 * Thin transactional services: they enforce the session rules, record audit events and delegate
 * to the domain. They reach the outside world only through interfaces owned here (the mailer, the
 * expiry scheduler, and those in {@code security} and {@code config}), which the infrastructure implements.
 */
package com.adhocsupport.application;
