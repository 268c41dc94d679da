/**
 * What the services need from cryptography, as interfaces this layer owns: password hashing,
 * tokens and security codes, sealing. The infrastructure implements them.
 */
package com.adhocsupport.application.security;
