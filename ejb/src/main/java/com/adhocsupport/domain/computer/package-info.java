/** The end user's PC while it holds a seat: online state and agent identity. */
package com.adhocsupport.domain.computer;
