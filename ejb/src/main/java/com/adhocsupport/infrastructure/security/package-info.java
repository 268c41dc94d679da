/** Secret generation, hashing and sealing of secrets at rest. */
package com.adhocsupport.infrastructure.security;
