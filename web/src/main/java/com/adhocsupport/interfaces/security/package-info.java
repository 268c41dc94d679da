/**
 * Console login (the Jakarta Security form mechanism and the identity store over the
 * technicians) and the guards every request passes: same-origin posts, security headers.
 */
package com.adhocsupport.interfaces.security;
