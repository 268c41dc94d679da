/** Thin transactional services: they enforce the session rules, record audit events and delegate to the domain. */
package com.adhocsupport.application;
