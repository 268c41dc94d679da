/** Deployment configuration read from system properties, with the product's defaults. */
package com.adhocsupport.infrastructure.config;
