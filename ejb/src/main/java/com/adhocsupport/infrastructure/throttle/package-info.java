/** The node's own counts behind the source throttle: in memory, bounded, expiring. */
package com.adhocsupport.infrastructure.throttle;
