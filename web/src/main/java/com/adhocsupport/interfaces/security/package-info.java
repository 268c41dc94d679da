/** Console login: the Jakarta Security form mechanism and the identity store over the technicians. */
package com.adhocsupport.interfaces.security;
