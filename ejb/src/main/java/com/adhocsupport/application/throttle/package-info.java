/**
 * Throttles per source address: how many tries of each kind one address gets in a window, and the
 * one interface ({@link com.adhocsupport.application.throttle.SourceThrottle}) that keeps count.
 */
package com.adhocsupport.application.throttle;
