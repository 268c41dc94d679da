/** The ad hoc session aggregate: its states, end reasons, lifetime rules and refusals. */
package com.adhocsupport.domain.session;
