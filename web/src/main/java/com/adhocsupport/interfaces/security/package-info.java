/**
 * Console login (the Jakarta Security form mechanism and the identity store over the
 * technicians, with its second step for a second factor) and the guards every request passes:
 * same-origin posts, security headers.
 */
package com.adhocsupport.interfaces.security;
